using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Grammar;

/// <summary>A p-value read from tokens.</summary>
internal struct PValueRef
{
    internal int First;

    /// <summary>Last token of the value.</summary>
    internal int Last;

    internal int Next;

    internal RelationalOperator Relation;

    /// <summary>True when the value is a number; false for "n.s.".</summary>
    internal bool HasNumber;

    internal NumberRef Value;

    /// <summary>Token range of the qualifier ("trend"), or -1.</summary>
    internal int QualifierFirst;

    internal int QualifierLast;
}
