using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Grammar;

/// <summary>Reads a number starting at a token, with its percent sign and the multi-token notations allowed.</summary>
internal static class NumberParser
{
    internal static bool TryRead(SentenceScan s, int i, NumberReading reading, out NumberRef n)
    {
        n = default;
        if ((reading & NumberReading.SpacedDecimal) != 0 && s.IsSymbol(i, '.') && IsSpacedFraction(s, i + 1))
        {
            // "p <. 001": the point, a space, then the decimals.
            n.First = i;
            n.Last = i + 1;
            n.Decimals = s[i + 1].Length;
            n.Value = s[i + 1].Value / Math.Pow(10, n.Decimals);
            n.Reconstructed = true;
            n.Next = i + 2;
            ReadPercent(s, ref n);
            return true;
        }

        if (!s.IsNumber(i))
        {
            return false;
        }

        ref var t = ref s[i];
        n.First = i;
        n.Last = i;
        n.Value = t.Value;
        n.Decimals = t.Decimals;
        n.Exponent = t.Exponent;
        n.Sign = t.Sign;
        n.Reconstructed = (t.Flags & TokenFlags.LetterForDigit) != 0;
        if ((reading & NumberReading.Scientific) != 0 && (t.Flags & TokenFlags.PowerOfTen) == 0)
        {
            ReadScientific(s, i, reading, ref n);
        }

        if ((reading & NumberReading.BarePower) != 0 && n.Last == i && IsFlatTen(s, i) && s.IsSymbol(i + 1, '-') && s.IsGlued(i + 1)
            && s.IsNumber(i + 2) && s.IsGlued(i + 2) && s[i + 2].IsPlainInteger && s[i + 2].Length <= 2)
        {
            // "P < 10−4": the minus of a superscript exponent survived, the superscript did not.
            n.Last = i + 2;
            n.Exponent = -(int)s[i + 2].Value;
            n.Value = Math.Pow(10, n.Exponent);
            n.Decimals = 0;
            n.Reconstructed = true;
        }
        else if ((reading & NumberReading.BarePower) != 0 && n.Last == i && IsFlatTen(s, i) && TryFlatExponent(s, i + 1, spacedSign: true, out int exponent, out int last))
        {
            // "P = 10(-8)", "P < 10 −8": PubMed's flattening of 10⁻⁸.
            n.Last = last;
            n.Exponent = exponent;
            n.Value = Math.Pow(10, exponent);
            n.Decimals = 0;
            n.Reconstructed = true;
        }

        if ((reading & NumberReading.SpacedDecimal) != 0 && n.Last == i && t.Decimals == 0 && t.Exponent == 0 && (t.Flags & TokenFlags.Thousands) == 0
            && s.IsSymbol(i + 1, '.') && s.IsGlued(i + 1) && IsSpacedFraction(s, i + 2))
        {
            // "z = 1. 94", "t = 9.   42": the integer part, its point, a space, then the decimals.
            n.Last = i + 2;
            n.Decimals = s[i + 2].Length;
            n.Value = (Math.Abs(t.Value) + (s[i + 2].Value / Math.Pow(10, n.Decimals))) * (t.Value < 0 || t.Sign is '-' or '\u2212' ? -1 : 1);
            n.Reconstructed = true;
        }

        n.Next = n.Last + 1;
        ReadPercent(s, ref n);
        return true;
    }

    // Digits alone after a space, ending the number: ", p", "; p", ")" or the sentence's end (its full stop) follows.
    private static bool IsSpacedFraction(SentenceScan s, int i)
    {
        if (!s.IsNumber(i) || s.IsGlued(i))
        {
            return false;
        }

        ref var d = ref s[i];
        if (d.Decimals != 0 || d.Exponent != 0 || d.Sign != '\0' || d.Flags != TokenFlags.SpaceBefore || d.Length > 4)
        {
            return false;
        }

        foreach (char c in s.TextOf(i))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !s.InRange(i + 1) || s.IsSymbol(i + 1, ',') || s.IsSymbol(i + 1, ';') || s.IsSymbol(i + 1, ')') || s.IsSymbol(i + 1, ']')
            || (s.IsSymbol(i + 1, '.') && !s.InRange(i + 2));
    }

    private static void ReadScientific(SentenceScan s, int i, NumberReading reading, ref NumberRef n)
    {
        if (!IsTimes(s, i + 1) || !s.IsNumber(i + 2))
        {
            return;
        }

        ref var power = ref s[i + 2];
        double mantissa = n.Value;
        if ((power.Flags & TokenFlags.PowerOfTen) != 0 && s.TextOf(i + 2).StartsWith("10"))
        {
            n.Last = i + 2;
            n.Exponent = power.Exponent;
            n.Value = Scale(mantissa, power.Value);
            return;
        }

        if (IsFlatTen(s, i + 2) && s.IsSymbol(i + 3, '-') && s.IsGlued(i + 3) && s.IsNumber(i + 4) && s.IsGlued(i + 4)
            && s[i + 4].IsPlainInteger && s[i + 4].Length <= 2)
        {
            // "2 × 10−5": the minus kept, the superscript lost.
            n.Last = i + 4;
            n.Exponent = -(int)s[i + 4].Value;
            n.Value = Scale(mantissa, Math.Pow(10, n.Exponent));
            n.Reconstructed = true;
            return;
        }

        if (IsFlatTen(s, i + 2) && TryFlatExponent(s, i + 3, spacedSign: (reading & NumberReading.FlattenedPower) != 0, out int flatExponent, out int flatLast))
        {
            // "4 x 10(-8)", and in a p-value "5 × 10 −8": PubMed's flattening of 10⁻⁸.
            n.Last = flatLast;
            n.Exponent = flatExponent;
            n.Value = Scale(mantissa, Math.Pow(10, flatExponent));
            n.Reconstructed = true;
            return;
        }

        if ((reading & NumberReading.FlattenedPower) != 0 && power.IsPlainInteger && power.Length is 3 or 4)
        {
            var digits = s.TextOf(i + 2);
            if (digits[0] == '1' && digits[1] == '0')
            {
                int exponent = digits.Length == 3 ? digits[2] - '0' : ((digits[2] - '0') * 10) + (digits[3] - '0');
                if (exponent is >= 2 and <= 30 && Math.Abs(mantissa) < 1000)
                {
                    // "4 × 107 cells": 10 with its superscript 7 flattened onto the line.
                    n.Last = i + 2;
                    n.Exponent = exponent;
                    n.Value = Scale(mantissa, Math.Pow(10, exponent));
                    n.Reconstructed = true;
                }
            }
        }
    }

    /// <summary>
    /// The mantissa times its power of ten, never NaN: a power too large or too small for a double is ∞ or
    /// 0, and 0 × ∞ would be NaN. A zero mantissa is exactly zero; a mantissa already too large stays ∞.
    /// </summary>
    private static double Scale(double mantissa, double power)
    {
        double value = mantissa * power;
        return double.IsNaN(value) ? (double.IsInfinity(mantissa) ? mantissa : 0) : value;
    }

    /// <summary>
    /// A negative exponent flattened after a 10 at <paramref name="j"/>: "(-8)" glued to the 10, or (with
    /// <paramref name="spacedSign"/>) "−8" set apart by a space, as PubMed prints 10⁻⁸.
    /// </summary>
    private static bool TryFlatExponent(SentenceScan s, int j, bool spacedSign, out int exponent, out int last)
    {
        exponent = 0;
        last = j;
        if (s.IsSymbol(j, '(') && s.IsGlued(j) && IsNegativeExponent(s, j + 1) && s.IsGlued(j + 1) && s.IsSymbol(j + 2, ')') && s.IsGlued(j + 2))
        {
            exponent = (int)s[j + 1].Value;
            last = j + 2;
            return true;
        }

        if (spacedSign && IsNegativeExponent(s, j) && !s.IsGlued(j) && !s.IsSymbol(j + 1, '%') && !s.IsNumber(j + 1))
        {
            exponent = (int)s[j].Value;
            last = j;
            return true;
        }

        return false;
    }

    private static bool IsNegativeExponent(SentenceScan s, int j)
        => s.IsNumber(j) && s[j].Sign is not ('\0' or '+') && s[j].Decimals == 0 && (s[j].Flags & (TokenFlags.PowerOfTen | TokenFlags.Thousands)) == 0
        && s[j].Value is <= -1 and >= -99;

    private static bool IsFlatTen(SentenceScan s, int i)
        => s.IsNumber(i) && s[i].IsPlainInteger && s[i].Length == 2 && s[i].Value == 10;

    internal static bool IsTimes(SentenceScan s, int i)
        => s.IsSymbol(i, '×') || s.IsSymbol(i, '*') || s.IsSymbol(i, '·') || (s.IsWord(i) && s[i].Length == 1 && s.TextOf(i)[0] is 'x' or 'X');

    private static void ReadPercent(SentenceScan s, ref NumberRef n)
    {
        int j = n.Next;
        if (s.IsSymbol(j, '%'))
        {
            n.Percent = true;
            n.Next = j + 1;
        }
        else if (s.IsKeyword(j, Keyword.Percent))
        {
            n.Percent = true;
            n.Next = j + 1;
        }
        else if (s.IsKeyword(j, Keyword.Per) && s.IsWord(j + 1, "cent"))
        {
            n.Percent = true;
            n.Next = j + 2;
        }
    }
}
