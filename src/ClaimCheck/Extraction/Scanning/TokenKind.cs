namespace ClaimCheck.Extraction.Scanning;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    /// <summary>A run of letters (with glued digits and hyphens: "COVID-19", "PaO2"), or a run of CJK characters.</summary>
    Word,

    /// <summary>A number with its sign, separators and decimals.</summary>
    Number,

    /// <summary>One punctuation or symbol character, normalised in <see cref="Token.Symbol"/>.</summary>
    Symbol,
}
