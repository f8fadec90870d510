namespace ClaimCheck.Extraction.Grammar;

/// <summary>
/// What the characters around a printed number say about it, read once when the number is made so that
/// no later stage peeks at the text: whether it is a bound of a range, whether the text goes on past it
/// as a broken decimal or thousands group, whether a word or another number is glued to it.
/// </summary>
[Flags]
internal enum NumberNotation
{
    None = 0,

    /// <summary>A range connector ("to", a dash) and a number follow: "−13.55 to 476.72", "0.60 - 0.69".</summary>
    RangeStart = 1,

    /// <summary>A number and a range connector come right before: the "0.69" of "0.60 - 0.69".</summary>
    RangeEnd = 2,

    /// <summary>A letter follows at once or after one space: "P = 11 days".</summary>
    FollowedByWord = 4,

    /// <summary>A decimal mark, comma or slash and a digit follow (a stray space allowed on either side): "0. 028", "0 .015", "0,022", "0/03".</summary>
    ContinuesAsDecimal = 8,

    /// <summary>A space and exactly three digits follow: "12 577", a thousands group split off.</summary>
    ContinuesAsThousands = 16,

    /// <summary>A letter, digit or point stands right before: "RR1.16", "kg−1", ".0.018".</summary>
    GluedToPrevious = 32,

    /// <summary>A word or sign of number-bounds.txt stands right before: "more than 71%", "about 30%", "~40%".</summary>
    Bounded = 64,

    /// <summary>A fraction in words that stands for a round share, not an exact value: "half", "two-thirds" (within 10% of it, relative).</summary>
    RoundFigure = 128,
}
