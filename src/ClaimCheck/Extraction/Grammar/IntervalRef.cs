using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Grammar;

/// <summary>A confidence interval read from tokens.</summary>
internal struct IntervalRef
{
    /// <summary>First token of the interval (an opening bracket, the level or the label).</summary>
    internal int First;

    /// <summary>First token of the level, label or lower bound (inside any opening bracket).</summary>
    internal int SpanFirst;

    /// <summary>Token after the interval (after the closing bracket when the interval opened one).</summary>
    internal int Next;

    /// <summary>The level's number token, or -1.</summary>
    internal int Level;

    internal NumberRef Lower;

    internal NumberRef Upper;

    /// <summary>True when a label ("CI", "confidence interval") was printed.</summary>
    internal bool Labelled;

    /// <summary>The bracket the interval opened itself ('(' or '['), or '\0'.</summary>
    internal char OpenedBracket;

    /// <summary>True when the interval's own bracket is still open at <see cref="Next"/> (something such as a p-value follows inside it).</summary>
    internal bool BracketStillOpen;
}
