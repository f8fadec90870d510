using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// Absolute risks written as natural frequencies, at their first number: <c>2 in every 1,000 people</c>, <c>1 in 1,000</c>,
/// <c>3 per 10,000 women</c> (<see cref="RiskQuantity.NaturalFrequency"/>), and absolute differences written so:
/// <c>46 fewer deaths per 1,000</c> (an absolute risk reduction), <c>12 more strokes per 10,000</c> (an increase). The
/// count of people ("per 1,000") is kept as <see cref="RiskQuantityClaim.Per"/>, so a rule never reads 46 as 46%.
/// Look-alikes give none: a concentration or dose ("30 per 100 mL", "2 mg per kg"), a count out of a small group
/// ("3 in 10 patients", left to shares). A range of totals is one risk between two ("1 in every 2,000 to 3,000":
/// <see cref="RiskQuantityClaim.PerUpper"/>); a difference with a range of totals gives none.
/// </summary>
internal static class NaturalFrequencyRecognizer
{
    private const int MaxNounWords = 3;

    // The smallest total a natural frequency counts in: "1 in 100" and up; "3 in 10" is a share of a group.
    private const double MinTotal = 100;

    internal static bool TryMatch(SentenceScan s, int i, out int next)
    {
        next = i;
        if (!NumberParser.TryRead(s, i, NumberReading.Plain, out var count) || count.Percent || count.Sign != '\0' || count.Exponent != 0)
        {
            return false;
        }

        int j = count.Next;
        var quantity = RiskQuantity.NaturalFrequency;
        if (ChangeDirectionOf(s, j) is { } difference)
        {
            // "46 fewer deaths per 1,000": the change word, then what is counted.
            quantity = difference;
            j++;
            for (int words = 0; words < MaxNounWords && s.IsLatinWord(j) && !s.IsKeyword(j, Keyword.Per); words++)
            {
                j++;
            }

            if (!s.IsKeyword(j, Keyword.Per))
            {
                return false;
            }
        }
        else if (s.IsKeyword(j, Keyword.In))
        {
            // "2 in every 1,000"
            if (s.IsWord(j + 1, "every"))
            {
                j++;
            }
        }
        else if (!s.IsKeyword(j, Keyword.Per))
        {
            return false;
        }

        if (!NumberParser.TryRead(s, j + 1, NumberReading.Plain, out var total) || !total.IsPlainInteger || total.Value < MinTotal || total.Value <= count.Value)
        {
            return false;
        }

        var per = s.MakeNumber(total);
        NumberRef upper = default;
        bool ranged = per.IsRangeStart;
        // "1 in every 2,000 to 3,000": a range of totals, the larger after "to" or a dash, for a risk (not a difference).
        if (ranged && (quantity != RiskQuantity.NaturalFrequency || !TryRangeEnd(s, total, out upper)))
        {
            return false;
        }

        var last = ranged ? upper : total;
        if (Lexicon.IsUnit(s.TextOf(last.Next)))
        {
            return false;
        }

        var (span, text) = s.ClaimText(i, last.Last);
        s.Claims.Add(new RiskQuantityClaim(span, text, s.Sentence, quantity, s.StringOf(count.Next, j), s.MakeNumber(count), null)
        {
            Per = per,
            PerUpper = ranged ? s.MakeNumber(upper) : null,
        });
        next = last.Next;
        return true;
    }

    /// <summary>The end of the range of totals that starts at <paramref name="total"/>: a whole number larger than it, after "to" or a dash.</summary>
    private static bool TryRangeEnd(SentenceScan s, NumberRef total, out NumberRef upper)
    {
        upper = default;
        int k = total.Next;
        if (!s.IsKeyword(k, Keyword.To) && !s.IsSymbol(k, '-') && !s.IsSymbol(k, '–'))
        {
            return false;
        }

        return NumberParser.TryRead(s, k + 1, NumberReading.Plain, out upper) && upper.IsPlainInteger && upper.Value > total.Value;
    }

    private static RiskQuantity? ChangeDirectionOf(SentenceScan s, int j)
    {
        if (!s.IsLatinWord(j))
        {
            return null;
        }

        var word = s.StringOf(j, j);
        return Lexicons.Lexicon.FrequencyDown.Contains(word) ? RiskQuantity.AbsoluteRiskReduction
            : Lexicons.Lexicon.FrequencyUp.Contains(word) ? RiskQuantity.AbsoluteRiskIncrease
            : null;
    }
}
