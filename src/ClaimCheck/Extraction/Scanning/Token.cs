namespace ClaimCheck.Extraction.Scanning;

/// <summary>A token of a sentence: a span of the source text and what the tokenizer found out about it.</summary>
internal struct Token
{
    /// <summary>Offset in the source text.</summary>
    internal int Start;

    /// <summary>Length in UTF-16 code units.</summary>
    internal int Length;

    internal TokenKind Kind;

    internal TokenFlags Flags;

    /// <summary>For symbols: the normalised character ('(' for '（', '-' for every dash, '×' for 'x'-like signs, '≤' for '⩽').</summary>
    internal char Symbol;

    /// <summary>For words: the classified keyword, or <see cref="Keyword.None"/>; read it through <see cref="SentenceScan"/>, which looks it up on first use.</summary>
    internal Keyword Keyword;

    /// <summary>For numbers: the sign character as printed, or '\0'.</summary>
    internal char Sign;

    /// <summary>For numbers: digits after the decimal mark.</summary>
    internal short Decimals;

    /// <summary>For numbers written as a power of ten: the exponent.</summary>
    internal short Exponent;

    /// <summary>For numbers: the value (with sign and exponent); for number words: the value too.</summary>
    internal double Value;

    internal readonly int End => Start + Length;

    internal readonly bool SpaceBefore => (Flags & TokenFlags.SpaceBefore) != 0;

    /// <summary>A plain non-negative integer: no sign, decimals, exponent.</summary>
    internal readonly bool IsPlainInteger => Kind == TokenKind.Number && Sign == '\0' && Decimals == 0 && (Flags & TokenFlags.PowerOfTen) == 0;
}
