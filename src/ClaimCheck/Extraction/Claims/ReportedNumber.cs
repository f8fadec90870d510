using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A number as the text prints it: the exact characters, the value, and the precision as printed
/// (trailing zeros count: "2.20" has 2 decimals, "2.2" has 1). A percent sign after the number is
/// not part of <see cref="Text"/> or <see cref="Span"/>; <see cref="IsPercent"/> says it was there.
/// Immutable; value equality over all members. The default value is the number 0 with empty text.
/// </summary>
public readonly record struct ReportedNumber
{
    private readonly string? _text;

    /// <summary>Creates a reported number.</summary>
    /// <param name="text">The characters as printed, e.g. <c>−13.31</c>, <c>1,096</c>, <c>30·0</c>, <c>.03</c>, <c>4 × 107</c>, <c>Seventeen</c>.</param>
    /// <param name="span">Where <paramref name="text"/> stands in the document's source text.</param>
    /// <param name="value">The value (for <c>4 × 107</c> read as 4 × 10^7: 40,000,000).</param>
    /// <param name="decimals">Digits printed after the decimal mark of the mantissa; 0 for integers and words.</param>
    /// <param name="exponent">The power of ten the mantissa is multiplied by (7 for <c>4 × 10^7</c>); 0 for plain numbers.</param>
    /// <param name="sign">The sign character as printed (<c>-</c>, U+2212 <c>−</c>, U+2013 <c>–</c>, <c>+</c>), or <c>'\0'</c> when none.</param>
    /// <param name="isPercent">True when a percent sign (or "percent") follows the number.</param>
    /// <param name="isReconstructed">True when the number was read from damaged notation (a lost superscript: <c>107</c> read as 10^7).</param>
    /// <param name="isInWords">True when the number is written in words ("Seventeen").</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative.</exception>
    internal ReportedNumber(string text, TextSpan span, double value, int decimals, int exponent, char sign, bool isPercent, bool isReconstructed, bool isInWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        _text = text;
        Span = span;
        Value = value;
        Decimals = decimals;
        Exponent = exponent;
        Sign = sign;
        IsPercent = isPercent;
        IsReconstructed = isReconstructed;
        IsInWords = isInWords;
    }

    /// <summary>The characters as printed (sign, digits, separators, any power-of-ten part); never null.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>Where <see cref="Text"/> stands in the document's source text.</summary>
    public TextSpan Span { get; }

    /// <summary>The value; a percentage keeps its printed scale (46.94 for "46.94%").</summary>
    public double Value { get; }

    /// <summary>Digits printed after the decimal mark of the mantissa (trailing zeros count); 0 for integers.</summary>
    public int Decimals { get; }

    /// <summary>The power of ten of scientific notation (7 for <c>4 × 10^7</c>); 0 for plain numbers.</summary>
    public int Exponent { get; }

    /// <summary>The sign character as printed (<c>-</c>, U+2212, U+2013, U+2010, <c>+</c>), or <c>'\0'</c> when unsigned.</summary>
    public char Sign { get; }

    /// <summary>True when a percent sign (or "percent") follows the number.</summary>
    public bool IsPercent { get; }

    /// <summary>True when the number was read from damaged notation (rule CC9004), e.g. <c>4 × 107</c> read as 4 × 10^7.</summary>
    public bool IsReconstructed { get; }

    /// <summary>True when the number is written in words ("One hundred").</summary>
    public bool IsInWords { get; }

    /// <summary>True when the number is a bound of a range: a range connector ("to", a dash) and a number follow it, or come right before it.</summary>
    public bool IsRangeBound => IsRangeStart || IsRangeEnd;

    /// <summary>True when a range connector and a number follow: "−13.55" in "−13.55 to 476.72".</summary>
    public bool IsRangeStart => (Notation & NumberNotation.RangeStart) != 0;

    /// <summary>True when a number and a range connector come right before: "0.69" in "0.60 - 0.69".</summary>
    public bool IsRangeEnd => (Notation & NumberNotation.RangeEnd) != 0;

    /// <summary>True when a letter follows at once or after one space ("P = 11 days": a unit, so not a p-value).</summary>
    public bool FollowedByWord => (Notation & NumberNotation.FollowedByWord) != 0;

    /// <summary>True when the text goes on as a decimal after a stray mark ("0. 028", "0,022", "0/03"): the number is only the start of what was printed.</summary>
    public bool ContinuesAsDecimal => (Notation & NumberNotation.ContinuesAsDecimal) != 0;

    /// <summary>True when a space and exactly three digits follow ("12 577"): the number may be cut off at a thousands space.</summary>
    public bool ContinuesAsThousands => (Notation & NumberNotation.ContinuesAsThousands) != 0;

    /// <summary>True when a letter, digit or point stands right before the number ("RR1.16", "kg−1"): it may be an exponent or a fragment of another number.</summary>
    public bool GluedToPrevious => (Notation & NumberNotation.GluedToPrevious) != 0;

    /// <summary>True when a word or sign before the number makes it a bound or an approximation ("more than 71%", "about 30%", "~40%"): not an exact printed value, so rounding tests do not apply.</summary>
    public bool IsBounded => (Notation & NumberNotation.Bounded) != 0;

    /// <summary>
    /// True for a fraction in words ("half", "two-thirds of the children"): a round figure whose <see cref="HalfUnit"/> is a tenth of
    /// its value, since a writer says "half" for 46% as readily as for 50%. A rounding test (GRIM) says nothing about it.
    /// </summary>
    public bool IsRoundFigure => (Notation & NumberNotation.RoundFigure) != 0;

    /// <summary>
    /// The value the number has if its leading "2" is a minus sign lost in copying ("20.8" for "−0.8", "212.26" for
    /// "−12.26": PDF text often turns the minus glyph into a 2), or null when the printed text cannot be read so
    /// (no leading 2 followed by a digit, words, a power of ten, or separators other than a decimal point).
    /// </summary>
    internal double? LostMinusValue
    {
        get
        {
            if (IsInWords || Exponent != 0 || Text.Length < 2 || Text[0] != '2' || !char.IsAsciiDigit(Text[1]) || !Text.All(c => char.IsAsciiDigit(c) || c == '.'))
            {
                return null;
            }

            int wholeDigits = Text.IndexOf('.') is var point and >= 0 ? point : Text.Length;
            return -(Value - (2 * Math.Pow(10, wholeDigits - 1)));
        }
    }

    /// <summary>
    /// True when every printed digit of the number is 0 ("0.000", "P = 0"): <see cref="Value"/> keeps only the first 22
    /// decimals, so "0.000…01" with thousands of zeros has the value 0 but is not printed as 0.
    /// </summary>
    internal bool IsPrintedAsZero
    {
        get
        {
            int i = 0;
            while (i < Text.Length && !char.IsDigit(Text[i]) && Text[i] is not ('.' or ','))
            {
                i++;
            }

            for (; i < Text.Length && (char.IsDigit(Text[i]) || Text[i] is '.' or ',' or '·'); i++)
            {
                if (char.IsDigit(Text[i]) && char.GetNumericValue(Text[i]) != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The notation facts read around the number when it was made (none for numbers made outside extraction).</summary>
    private NumberNotation Notation { get; init; }

    /// <summary>
    /// Half a unit of the last printed digit: the printed value stands for any value within
    /// <see cref="Value"/> ± <see cref="HalfUnit"/> (0.005 for "2.20", 0.5 × 10^7 for "4 × 10^7").
    /// Zero for numbers written in words, which are exact, except a fraction in words (<see cref="IsRoundFigure"/>): a tenth of its value.
    /// </summary>
    public double HalfUnit => IsRoundFigure ? 0.1 * Math.Abs(Value) : IsInWords ? 0 : 0.5 * Math.Pow(10, Exponent - Decimals);

    /// <summary>This number with the notation facts read around it.</summary>
    internal ReportedNumber WithNotation(NumberNotation notation) => this with { Notation = notation };

    /// <summary>The text, with the percent sign when there was one.</summary>
    public override string ToString() => IsPercent && !IsRoundFigure ? Text + "%" : Text;
}
