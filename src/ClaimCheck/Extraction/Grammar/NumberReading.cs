namespace ClaimCheck.Extraction.Grammar;

/// <summary>Which multi-token notations a number may be read from.</summary>
[Flags]
internal enum NumberReading
{
    /// <summary>One number token and its percent sign.</summary>
    Plain = 0,

    /// <summary>Scientific notation with a mantissa: <c>1.2 × 10^-5</c>, <c>4 × 10⁷</c>, <c>2 × 10−5</c> (minus kept, superscript lost).</summary>
    Scientific = 1,

    /// <summary>Also <c>4 × 107</c>: a power of ten whose superscript digits were flattened (only where a unit or a p confirms it).</summary>
    FlattenedPower = 2,

    /// <summary>Also a bare power with the superscript lost: <c>10−4</c> (p-values).</summary>
    BarePower = 4,
}
