using System.Buffers;

namespace ClaimCheck.Extraction.Scanning;

/// <summary>
/// Splits one sentence into words, numbers and symbols in a single forward pass. Numbers keep their
/// printed form: sign (hyphen-minus, U+2212, en dash, U+2010), thousands separators ("1,096", thin
/// space), middle-dot and leading-dot decimals, and powers of ten ("10⁷", "10^7", "2.3e-5").
/// Full-width punctuation is normalised ('（' reads as '('). Linear in the sentence length.
/// </summary>
internal static class Tokenizer
{
    // 10^22 is the largest power of ten a double holds exactly.
    private const int MaxFractionDigits = 22;

    private const byte Space = 1;
    private const byte Letter = 2;
    private const byte Digit = 3;
    private const byte Other = 4;
    private const byte CjkClass = 5;

    private static readonly byte[] Ascii = BuildAsciiTable();

    private static readonly SearchValues<char> AsciiLettersAndDigits = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    internal static void Tokenize(string text, int start, int end, TokenBuffer tokens)
    {
        tokens.Clear();
        bool space = true;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            byte cls = c < 128 ? Ascii[c] : ClassifyWide(c);
            switch (cls)
            {
                case Space:
                    space = true;
                    i++;
                    continue;
                case Digit:
                    i = LexNumberOrWord(text, i, end, start, space, tokens);
                    break;
                case Letter:
                    if (c == 'l' && IsLetterDf(text, i, end, start))
                    {
                        i = LexLetterOne(i, space, tokens);
                    }
                    else if (c is 't' or 'F' && SubscriptDfEnd(text, i, end) is int dfEnd and > 0)
                    {
                        i = LexSubscriptDf(text, i, dfEnd, space, tokens);
                    }
                    else
                    {
                        i = LexWord(text, i, end, space, tokens);
                    }

                    break;
                case CjkClass:
                    i = LexCjk(text, i, end, space, tokens);
                    break;
                default:
                    if (StartsSignedNumber(text, i, end, start) || (c == '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && !PrecededByLetterOrDigit(text, i, start)))
                    {
                        i = LexNumberOrWord(text, i, end, start, space, tokens);
                    }
                    else
                    {
                        ref var t = ref tokens.Add();
                        t.Start = i;
                        t.Length = 1;
                        t.Kind = TokenKind.Symbol;
                        t.Symbol = Normalize(c);
                        t.Flags = space ? TokenFlags.SpaceBefore : TokenFlags.None;
                        i++;
                    }

                    break;
            }

            space = false;
        }
    }

    private static byte ClassifyWide(char c)
    {
        if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
        {
            return Space;
        }

        if (c >= '\u2E80' && (char.IsLetter(c) || c is >= '\u3400' and <= '\u9FFF'))
        {
            return CjkClass;
        }

        return char.IsLetter(c) ? Letter : Other;
    }

    internal static bool IsLatinLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : c < '\u2E80' && char.IsLetter(c);

    private static bool IsSuperscriptDigit(char c) => c is '¹' or '²' or '³' or (>= '⁰' and <= '⁹' and not '\u2071' and not '\u2072' and not '\u2073');

    private static int SuperscriptValue(char c) => c switch
    {
        '¹' => 1,
        '²' => 2,
        '³' => 3,
        _ => c - '⁰',
    };

    internal static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '\uFE63' or '\uFF0D';

    private static bool IsSignChar(char c) => c is '-' or '\u2010' or '\u2011' or '\u2013' or '\u2212' or '\uFE63' or '\uFF0D' or '+';

    // ".03" is a number; "vs.3" and "1.2.3" are not leading-dot decimals.
    private static bool PrecededByLetterOrDigit(string text, int i, int start) => i > start && (char.IsAsciiDigit(text[i - 1]) || IsLatinLetter(text[i - 1]));

    // A dash or plus is a sign when a digit follows and what precedes cannot end an operand
    // ("0.65–4.34" is a range, "CI −29.14%" and "95%CI:-20.7%" are signed).
    private static bool StartsSignedNumber(string text, int i, int end, int start)
    {
        if (!IsSignChar(text[i]) || i + 1 >= end)
        {
            return false;
        }

        char next = text[i + 1];
        if (IsSpacedSign(text, i, end, start))
        {
            return true;
        }

        if (!char.IsAsciiDigit(next) && !(next == '.' && i + 2 < end && char.IsAsciiDigit(text[i + 2])))
        {
            return false;
        }

        if (i == start)
        {
            return true;
        }

        char prev = text[i - 1];
        return !(IsLatinLetter(prev) || char.IsAsciiDigit(prev) || IsSuperscriptDigit(prev) || prev is '%' or ')' or ']' or '.' or '％' or '）' or '^');
    }

    // "(− 97 ± 49 vs. − 112 ± 52)": a minus set apart by one space, where no operand can stand before it
    // (after an opening bracket, '=', ':', ',', ';' or "vs."), still signs the number.
    private static bool IsSpacedSign(string text, int i, int end, int start)
    {
        if (text[i] is not ('\u2212' or '-') || i + 2 >= end || !IsNarrowSpace(text[i + 1]) || !char.IsAsciiDigit(text[i + 2]))
        {
            return false;
        }

        int b = i - 1;
        while (b >= start && IsNarrowSpace(text[b]))
        {
            b--;
        }

        if (b < start)
        {
            return true;
        }

        if (text[b] is '(' or '[' or '=' or ':' or ',' or ';' or '（' or '［')
        {
            return true;
        }

        if (text[b] == '.')
        {
            b--;
        }

        int w = b;
        while (w >= start && char.IsAsciiLetter(text[w]))
        {
            w--;
        }

        // "vs. − 112", "(mean − 0.43 ± 0.81)": words that no operand ends with.
        var word = text.AsSpan(w + 1, b - w);
        return word.Equals("vs", StringComparison.OrdinalIgnoreCase) || word.Equals("versus", StringComparison.OrdinalIgnoreCase)
            || word.Equals("mean", StringComparison.OrdinalIgnoreCase) || word.Equals("median", StringComparison.OrdinalIgnoreCase)
            || word.Equals("was", StringComparison.OrdinalIgnoreCase) || word.Equals("were", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsNarrowSpace(char c) => c is ' ' or '\u00A0' or '\u2009' or '\u202F' or '\u200A';

    private static int LexNumberOrWord(string text, int i, int end, int start, bool space, TokenBuffer tokens)
    {
        int p = i;
        char sign = '\0';
        if (!char.IsAsciiDigit(text[p]) && text[p] != '.')
        {
            sign = text[p];
            p++;
            if (p < end && IsNarrowSpace(text[p]))
            {
                p++;
            }
        }

        double value = 0;
        int intDigits = 0;
        var flags = space ? TokenFlags.SpaceBefore : TokenFlags.None;
        while (p < end && char.IsAsciiDigit(text[p]))
        {
            value = (value * 10) + (text[p] - '0');
            intDigits++;
            p++;
        }

        // Thousands: "1,096", "12 345" (thin space); a group never starts with 0 ("0,001" is no thousand).
        if (intDigits is >= 1 and <= 3 && text[p - intDigits] != '0' && IsSpaceThousands(text, p, end, i, start))
        {
            value = (value * 1000) + ((text[p + 1] - '0') * 100) + ((text[p + 2] - '0') * 10) + (text[p + 3] - '0');
            p += 4;
            flags |= TokenFlags.Thousands;
        }
        else if (intDigits is >= 1 and <= 3 && text[p - intDigits] != '0' && !(sign == '\0' && OpensStatisticBracket(text, i, start)))
        {
            while (p + 3 < end && IsThousandsSeparator(text[p])
                && char.IsAsciiDigit(text[p + 1]) && char.IsAsciiDigit(text[p + 2]) && char.IsAsciiDigit(text[p + 3])
                && (p + 4 >= end || !char.IsAsciiDigit(text[p + 4])))
            {
                value = (value * 1000) + ((text[p + 1] - '0') * 100) + ((text[p + 2] - '0') * 10) + (text[p + 3] - '0');
                p += 4;
                flags |= TokenFlags.Thousands;
            }
        }

        int decimals = 0;
        if (p + 1 < end && text[p] is '.' or '·' or '\u2219' && char.IsAsciiDigit(text[p + 1]) && (intDigits > 0 || text[p] == '.'))
        {
            p++;
            double scale = 1;
            while (p < end && char.IsAsciiDigit(text[p]))
            {
                // Digits past the 22nd decimal cannot change a double; taking them all made 1·888… with
                // thousands of decimals ∞/∞ = NaN. Every decimal still counts for the printed precision.
                if (decimals < MaxFractionDigits)
                {
                    value = (value * 10) + (text[p] - '0');
                    scale *= 10;
                }

                decimals++;
                p++;
            }

            value /= scale;
        }

        int exponent = 0;
        int q = p;
        if (decimals == 0 && intDigits == 2 && text[p - 1] == '0' && text[p - 2] == '1' && (flags & TokenFlags.Thousands) == 0 && TryPowerSuffix(text, p, end, out exponent, out q))
        {
            // "10⁷", "10^7", "10^-5": the token is the power itself.
            value = Math.Pow(10, exponent);
            flags |= TokenFlags.PowerOfTen;
            p = q;
        }
        else if (p + 1 < end && text[p] is 'e' or 'E' && TryExponent(text, p + 1, end, out exponent, out q) && (q >= end || !IsLatinLetter(text[q])))
        {
            value *= Math.Pow(10, exponent);
            flags |= TokenFlags.PowerOfTen;
            p = q;
        }

        // A number glued to letters: an ordinal ("4th"), a compound ("6-MWD", "3-year", "3TC"), or a unit ("10mg").
        if (p < end && sign == '\0')
        {
            char c = text[p];
            if (IsLatinLetter(c))
            {
                int r = p;
                while (r < end && IsLatinLetter(text[r]))
                {
                    r++;
                }

                bool ordinal = r - p == 2 && IsOrdinalSuffix(text[p], text[p + 1]);
                bool glued = r < end && (char.IsAsciiDigit(text[r]) || (IsHyphen(text[r]) && r + 1 < end && (char.IsAsciiLetter(text[r + 1]) || char.IsAsciiDigit(text[r + 1]))));
                if (ordinal || glued)
                {
                    return LexWordFrom(text, i, r, end, space, tokens);
                }
            }
            else if (IsHyphen(c) && p + 1 < end && IsLatinLetter(text[p + 1]) && (flags & TokenFlags.PowerOfTen) == 0)
            {
                return LexWordFrom(text, i, p + 1, end, space, tokens);
            }
        }

        ref var t = ref tokens.Add();
        t.Start = i;
        t.Length = p - i;
        t.Kind = TokenKind.Number;
        t.Flags = flags;
        t.Sign = sign;
        t.Decimals = (short)Math.Min(decimals, short.MaxValue);
        t.Exponent = (short)exponent;
        t.Value = sign is '\0' or '+' ? value : -value;
        return p;
    }

    // The words a statistic is printed with before its degrees of freedom ("F(1,115)", "χ2(1, N = 90)").
    private static readonly string[] StatisticSymbols = ["F", "t", "r", "z", "Z", "Q", "χ2", "χ²", "X2", "x2", "chi2", "Chi2", "χ"];

    /// <summary>
    /// True when the number at <paramref name="i"/> is the first inside a statistic's brackets, "F(1,115)": there a
    /// comma separates two degrees of freedom, never thousands ("1,115 patients" elsewhere stays one number).
    /// </summary>
    private static bool OpensStatisticBracket(string text, int i, int start)
    {
        int b = i - 1;
        while (b >= start && IsNarrowSpace(text[b]))
        {
            b--;
        }

        if (b < start || text[b] is not ('(' or '[' or '{'))
        {
            return false;
        }

        b--;
        while (b >= start && IsNarrowSpace(text[b]))
        {
            b--;
        }

        int w = b;
        while (w >= start && (IsLatinLetter(text[w]) || char.IsAsciiDigit(text[w]) || text[w] is '²' or 'χ'))
        {
            w--;
        }

        var word = text.AsSpan(w + 1, b - w);
        foreach (var symbol in StatisticSymbols)
        {
            if (word.SequenceEqual(symbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"F(l, 28)": a lone letter l where the first degree of freedom stands is the digit 1 misread.</summary>
    private static bool IsLetterDf(string text, int i, int end, int start)
    {
        int n = i + 1;
        while (n < end && IsNarrowSpace(text[n]))
        {
            n++;
        }

        return n < end && text[n] is ',' or ')' && !(i + 1 < end && IsLatinLetter(text[i + 1])) && OpensStatisticBracket(text, i, start);
    }

    /// <summary>
    /// "t9 = 1.52", "F1,415 = 7.10": degrees of freedom printed as a subscript and flattened onto the letter. Only
    /// where a relation sign follows (so "t1 group", "F1 score", "F2 hybrids" stay words): one df after t, two after F
    /// (so "F1 = 0.82", a score, stays a word). Returns the end of the df, or 0.
    /// </summary>
    private static int SubscriptDfEnd(string text, int i, int end)
    {
        int p = i + 1;
        int digits = SkipDigits(text, p, end);
        if (digits == p || text[p] == '0')
        {
            return 0;
        }

        p = digits;
        if (text[i] == 'F')
        {
            if (p >= end || text[p] != ',')
            {
                return 0;
            }

            int q = p + 1;
            while (q < end && IsNarrowSpace(text[q]))
            {
                q++;
            }

            digits = SkipDigits(text, q, end);
            if (digits == q || text[q] == '0')
            {
                return 0;
            }

            p = digits;
        }

        int r = p;
        while (r < end && IsNarrowSpace(text[r]))
        {
            r++;
        }

        return r < end && text[r] is '=' or '<' or '>' && (r + 1 >= end || !char.IsAsciiLetter(text[r + 1])) ? p : 0;
    }

    private static int SkipDigits(string text, int p, int end)
    {
        while (p < end && char.IsAsciiDigit(text[p]))
        {
            p++;
        }

        return p;
    }

    // The letter as a word of its own, then each df as a plain number glued to it ("F", "1", ",", "415"): a comma
    // between subscript dfs never groups thousands.
    private static int LexSubscriptDf(string text, int i, int dfEnd, bool space, TokenBuffer tokens)
    {
        ref var letter = ref tokens.Add();
        letter.Start = i;
        letter.Length = 1;
        letter.Kind = TokenKind.Word;
        letter.Flags = (space ? TokenFlags.SpaceBefore : TokenFlags.None) | (char.IsUpper(text[i]) ? TokenFlags.Capitalized : TokenFlags.None) | TokenFlags.Unclassified;
        int p = i + 1;
        bool glued = true;
        while (p < dfEnd)
        {
            if (text[p] == ',')
            {
                ref var comma = ref tokens.Add();
                comma.Start = p;
                comma.Length = 1;
                comma.Kind = TokenKind.Symbol;
                comma.Symbol = ',';
                comma.Flags = TokenFlags.None;
                p++;
                glued = true;
                continue;
            }

            if (IsNarrowSpace(text[p]))
            {
                glued = false;
                p++;
                continue;
            }

            int q = SkipDigits(text, p, dfEnd);
            ref var df = ref tokens.Add();
            df.Start = p;
            df.Length = q - p;
            df.Kind = TokenKind.Number;
            df.Flags = glued ? TokenFlags.None : TokenFlags.SpaceBefore;
            df.Sign = '\0';
            df.Decimals = 0;
            df.Exponent = 0;
            df.Value = double.Parse(text.AsSpan(p, q - p), System.Globalization.CultureInfo.InvariantCulture);
            p = q;
        }

        return dfEnd;
    }

    private static int LexLetterOne(int i, bool space, TokenBuffer tokens)
    {
        ref var t = ref tokens.Add();
        t.Start = i;
        t.Length = 1;
        t.Kind = TokenKind.Number;
        t.Flags = (space ? TokenFlags.SpaceBefore : TokenFlags.None) | TokenFlags.LetterForDigit;
        t.Sign = '\0';
        t.Decimals = 0;
        t.Exponent = 0;
        t.Value = 1;
        return i + 1;
    }

    // "COVID-19", "IL-6": digits glued to a word by a hyphen, but not a decimal ("CI-0.9" is a label and a negative bound).
    private static bool StartsGluedDigits(string text, int p, int end)
    {
        if (!char.IsAsciiDigit(text[p]))
        {
            return false;
        }

        while (p < end && char.IsAsciiDigit(text[p]))
        {
            p++;
        }

        return !(p + 1 < end && text[p] is '.' or '·' && char.IsAsciiDigit(text[p + 1]));
    }

    // A plain space separates thousands too ("31 533 (59%)"), but only one group after a number that
    // stands alone: "31 533" is one number, "12 345 678" and "1 2 3" are left apart.
    private static bool IsThousandsSeparator(char c) => c is ',' or '\u2009' or '\u202F';

    private static bool IsSpaceThousands(string text, int p, int end, int numberStart, int start)
    {
        if (p + 4 > end || text[p] != ' ' || !char.IsAsciiDigit(text[p + 1]) || !char.IsAsciiDigit(text[p + 2]) || !char.IsAsciiDigit(text[p + 3]))
        {
            return false;
        }

        // The group must end the number ("31 533 (" or "31 533,"), and the number must not follow another one.
        bool endsGroup = p + 4 == end || (!char.IsAsciiDigit(text[p + 4]) && text[p + 4] is not '.' and not '·' and not ',' && !(text[p + 4] == ' ' && p + 5 < end && char.IsAsciiDigit(text[p + 5])));
        int before = numberStart - 1;
        while (before >= start && text[before] == ' ')
        {
            before--;
        }

        return endsGroup && !(before >= start && (char.IsAsciiDigit(text[before]) || text[before] is ',' or ';' or '-' or '–' or '/'));
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsOrdinalSuffix(char a, char b)
    {
        a = char.ToLowerInvariant(a);
        b = char.ToLowerInvariant(b);
        return (a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
    }

    private static bool TryPowerSuffix(string text, int p, int end, out int exponent, out int next)
    {
        exponent = 0;
        next = p;
        if (p < end && IsSuperscriptDigit(text[p]) || (p + 1 < end && text[p] == '⁻' && IsSuperscriptDigit(text[p + 1])))
        {
            bool negative = text[p] == '⁻';
            int q = negative ? p + 1 : p;
            int e = 0;
            while (q < end && IsSuperscriptDigit(text[q]) && e < 1000)
            {
                e = (e * 10) + SuperscriptValue(text[q]);
                q++;
            }

            exponent = negative ? -e : e;
            next = q;
            return true;
        }

        if (p + 1 < end && text[p] == '^')
        {
            int q = p + 1;
            bool paren = text[q] == '(';
            if (paren)
            {
                q++;
            }

            if (TryExponent(text, q, end, out exponent, out q))
            {
                if (paren)
                {
                    if (q >= end || text[q] != ')')
                    {
                        return false;
                    }

                    q++;
                }

                next = q;
                return true;
            }
        }

        return false;
    }

    private static bool TryExponent(string text, int p, int end, out int exponent, out int next)
    {
        exponent = 0;
        next = p;
        bool negative = false;
        if (p < end && (IsSignChar(text[p]) || text[p] == '−'))
        {
            negative = text[p] != '+';
            p++;
        }

        int start = p;
        int e = 0;
        while (p < end && char.IsAsciiDigit(text[p]) && p - start < 4)
        {
            e = (e * 10) + (text[p] - '0');
            p++;
        }

        if (p == start || (p < end && char.IsAsciiDigit(text[p])))
        {
            return false;
        }

        exponent = negative ? -e : e;
        next = p;
        return true;
    }

    private static int LexWord(string text, int i, int end, bool space, TokenBuffer tokens)
        => LexWordFrom(text, i, i + 1, end, space, tokens);

    // Continues a word from p: letters, glued digits and superscripts ("PaO2", "χ²"), and hyphens or
    // apostrophes between letters or digits ("COVID-19", "UC-MSCs", "Crohn's").
    private static int LexWordFrom(string text, int i, int p, int end, bool space, TokenBuffer tokens)
    {
        while (p < end)
        {
            // Runs of ASCII letters and digits are skipped in one vectorized step.
            int run = text.AsSpan(p, end - p).IndexOfAnyExcept(AsciiLettersAndDigits);
            if (run < 0)
            {
                p = end;
                break;
            }

            p += run;
            char c = text[p];
            if (IsLatinLetter(c) || IsSuperscriptDigit(c))
            {
                p++;
            }
            else if ((IsHyphen(c) || c is '\'' or '’') && p + 1 < end && (IsLatinLetter(text[p + 1]) || (IsHyphen(c) && StartsGluedDigits(text, p + 1, end))))
            {
                p++;
            }
            else if (c == '\u2212' && p + 1 < end && char.IsAsciiDigit(text[p + 1]) && IsLatinLetter(text[p - 1]))
            {
                // A unit's exponent with its superscript lost: "mL−1", "hr−1".
                p++;
            }
            else
            {
                break;
            }
        }

        ref var t = ref tokens.Add();
        t.Start = i;
        t.Length = p - i;
        t.Kind = TokenKind.Word;
        t.Flags = (space ? TokenFlags.SpaceBefore : TokenFlags.None) | (char.IsUpper(text[i]) ? TokenFlags.Capitalized : TokenFlags.None) | TokenFlags.Unclassified;
        return p;
    }

    private static int LexCjk(string text, int i, int end, bool space, TokenBuffer tokens)
    {
        int p = i + 1;
        while (p < end && text[p] >= '\u2E80' && ClassifyWide(text[p]) == CjkClass)
        {
            p++;
        }

        ref var t = ref tokens.Add();
        t.Start = i;
        t.Length = p - i;
        t.Kind = TokenKind.Word;
        t.Flags = (space ? TokenFlags.SpaceBefore : TokenFlags.None) | TokenFlags.Cjk;
        t.Keyword = Keyword.None;
        return p;
    }

    private static char Normalize(char c) => c switch
    {
        '（' => '(',
        '）' => ')',
        '［' or '【' => '[',
        '］' or '】' => ']',
        '，' or '、' => ',',
        '；' => ';',
        '：' => ':',
        '＝' => '=',
        '＜' => '<',
        '＞' => '>',
        '％' => '%',
        '⩽' or '≦' => '≤',
        '⩾' or '≧' => '≥',
        '～' or '〜' or '∼' => '~',
        '×' or '✕' or '⨯' or '∗' => '×',
        '∕' => '/',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '\uFE63' or '\uFF0D' => '-',
        '．' => '.',
        _ => c,
    };

    private static byte[] BuildAsciiTable()
    {
        var table = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            table[c] = char.IsAsciiLetter((char)c) ? Letter
                : char.IsAsciiDigit((char)c) ? Digit
                : char.IsWhiteSpace((char)c) ? Space
                : Other;
        }

        return table;
    }
}
