namespace ClaimCheck.Extraction.Scanning;

/// <summary>Facts about a token found while tokenizing.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>White space stands right before the token (or it starts the sentence).</summary>
    SpaceBefore = 1,

    /// <summary>A word of CJK characters.</summary>
    Cjk = 2,

    /// <summary>A number written as a power of ten: "10⁷", "10^7", "2.3e-5" (the exponent is part of the token).</summary>
    PowerOfTen = 4,

    /// <summary>A number with thousands separators ("1,096").</summary>
    Thousands = 8,

    /// <summary>A word with a capital first letter.</summary>
    Capitalized = 16,

    /// <summary>A word whose <see cref="Token.Keyword"/> has not been looked up yet (it is looked up when first asked for).</summary>
    Unclassified = 32,

    /// <summary>A number read from a letter standing for a digit: the "l" of "F(l, 28)" is 1.</summary>
    LetterForDigit = 64,
}
