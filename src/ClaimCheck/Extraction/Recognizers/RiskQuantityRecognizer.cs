using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;
using Words = ClaimCheck.Lexicons.Lexicon;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// Named risk quantities, at their number: <c>NNT = 12</c>, <c>an NNT of 12 (95% CI 8 to 25)</c>,
/// <c>number needed to treat was 12</c>, <c>absolute risk reduction of 8.3%</c>, <c>relative risk reduction (RRR) 44%</c>.
/// The names are data (Lexicons/risk-quantities.txt); an all-capital name is matched with its case, others ignoring it.
/// </summary>
internal static class RiskQuantityRecognizer
{
    private const int MaxJoiners = 3;

    private static readonly (string[] Parts, RiskQuantity Quantity)[] Names = [.. Words.RiskQuantities
        .Select(line => line.Split('|'))
        .Select(p => (p[0].Split(' '), Enum.Parse<RiskQuantity>(p[1])))
        .OrderByDescending(n => n.Item1.Length)];

    // Words and marks between a name and its value: "NNT = 12", "NNT of 12", "NNT was about 12", "RRR, 44%".
    private static readonly WordSet JoinerWords = new("of", "was", "is", "were", "about", "approximately", "around", "roughly", "just", "only", "nearly");

    internal static bool TryMatch(SentenceScan s, int i, out int next)
    {
        next = i;
        if (!NumberParser.TryRead(s, i, NumberReading.Plain, out var value) || value.Exponent != 0)
        {
            return false;
        }

        int k = i - 1;
        for (int joined = 0; joined < MaxJoiners && s.InRange(k); joined++)
        {
            // Not '(': "number needed to treat (1/ARR)" explains the name, it gives no value.
            if (s.IsSymbol(k, '=') || s.IsSymbol(k, ':') || s.IsSymbol(k, ',') || JoinerWords.Contains(s, k) || s.IsKeyword(k, Keyword.Copula))
            {
                k--;
                continue;
            }

            break;
        }

        // "number needed to treat (NNT) of 12": the abbreviation in brackets names it.
        if (s.IsSymbol(k, ')') && s.IsSymbol(k - 2, '('))
        {
            k--;
        }

        if (!TryName(s, k, out var quantity, out int nameFirst))
        {
            return false;
        }

        // A reduction is a percent ("RRR 0·50 [0·34–0·73]" is a relative risk ratio in some papers); a number needed is a whole count of people.
        bool reduction = quantity is RiskQuantity.AbsoluteRiskReduction or RiskQuantity.AbsoluteRiskIncrease or RiskQuantity.RelativeRiskReduction;
        if (reduction ? !value.Percent : value.Percent || value.Value < 1)
        {
            return false;
        }

        var tail = EstimateTail.Read(s, value.Next, value.Percent ? value.Next - 1 : value.Last, requireLabel: false);
        int last = tail.HasInterval || tail.HasP ? tail.Last : (value.Percent ? value.Next - 1 : value.Last);
        var (span, text) = s.ClaimText(nameFirst, last);
        s.Claims.Add(new RiskQuantityClaim(span, text, s.Sentence, quantity, s.StringOf(nameFirst, k), s.MakeNumber(value), s.MakeInterval(tail)));
        next = last + 1;
        return true;
    }

    private static bool TryName(SentenceScan s, int last, out RiskQuantity quantity, out int first)
    {
        foreach (var (parts, q) in Names)
        {
            first = last - parts.Length + 1;
            if (first < 0)
            {
                continue;
            }

            bool match = true;
            for (int p = 0; p < parts.Length && match; p++)
            {
                var part = parts[p];
                bool exact = part.Length > 1 && part.All(char.IsUpper);
                match = s.IsLatinWord(first + p) && s.TextOf(first + p).Equals(part, exact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
            }

            if (match)
            {
                quantity = q;
                return true;
            }
        }

        quantity = default;
        first = -1;
        return false;
    }
}
