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

    /// <summary>
    /// Also a decimal point set apart by a space, as PDF conversion leaves it: <c>p &lt;. 001</c>, <c>p = . 02</c>,
    /// <c>z = 1. 94</c>, <c>t = 9.   42</c> (the digits after the space end the number: a comma, semicolon, bracket or
    /// the sentence's end follows). Read as reconstructed (CC9004 says so).
    /// </summary>
    SpacedDecimal = 8,
}
