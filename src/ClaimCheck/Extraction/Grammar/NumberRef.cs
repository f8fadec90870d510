namespace ClaimCheck.Extraction.Grammar;

/// <summary>A number read from tokens, possibly spanning several (<c>4 × 107</c>, <c>1.2 × 10−5</c>), before it becomes a <c>ReportedNumber</c>.</summary>
internal struct NumberRef
{
    /// <summary>First token of the number.</summary>
    internal int First;

    /// <summary>Last token of the number itself (the percent sign excluded).</summary>
    internal int Last;

    /// <summary>The token after the number and its percent sign.</summary>
    internal int Next;

    internal bool Percent;

    internal double Value;

    internal int Decimals;

    internal int Exponent;

    internal char Sign;

    internal bool Reconstructed;

    internal readonly bool IsPlainInteger => Sign == '\0' && Decimals == 0 && Exponent == 0 && !Percent && First == Last;
}
