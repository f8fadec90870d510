using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Grammar;

/// <summary>Finds the estimate after a measure's name: "OR = 1.68", "odds ratio [OR] 1.68", "hazard ratio for death, 0.75".</summary>
internal static class EstimateHead
{
    private const int MaxGap = 10;

    /// <summary>Skips "(OR)", "[CI]"-like abbreviations and a "(95% CI)" header after the measure's name.</summary>
    internal static int SkipAbbreviation(SentenceScan s, int j)
    {
        if (s.IsOpening(j))
        {
            char close = SentenceScan.Closing(s[j].Symbol);
            if (s.IsLatinWord(j + 1) && IsAbbreviation(s[j + 1].Keyword) && s.IsSymbol(j + 2, close))
            {
                return j + 3;
            }

            // "OR (odds ratio) 9.2", "AOR (adjusted odds ratio) 10"
            int w = j + 1;
            while (w < j + 5 && s.IsLatinWord(w) && s[w].Keyword is Keyword.Odds or Keyword.Hazard or Keyword.Risk or Keyword.Relative or Keyword.Rate
                or Keyword.Incidence or Keyword.Ratio or Keyword.Adjusted or Keyword.Difference or Keyword.Mean or Keyword.Median or Keyword.Standardized)
            {
                w++;
            }

            if (w > j + 1 && s.IsSymbol(w, close))
            {
                return w + 1;
            }

            // "OR (95% CI): 1.68 (0.65–4.34)"
            int k = j + 1;
            if (s.IsNumber(k) && s.IsSymbol(k + 1, '%'))
            {
                k += 2;
            }

            if (IntervalParser.IsLabel(s, k, out int afterLabel) && s.IsSymbol(afterLabel, close))
            {
                return afterLabel + 1;
            }
        }

        return j;
    }

    private static bool IsAbbreviation(Keyword k) => k is Keyword.OddsRatioAbbreviation or Keyword.AdjustedOddsRatioAbbreviation
        or Keyword.RiskRatioAbbreviation or Keyword.AdjustedRiskRatioAbbreviation or Keyword.HazardRatioAbbreviation
        or Keyword.AdjustedHazardRatioAbbreviation or Keyword.RateRatioAbbreviation or Keyword.RiskDifferenceAbbreviation
        or Keyword.MeanDifferenceAbbreviation or Keyword.StandardizedDifferenceAbbreviation;

    /// <summary>
    /// Finds the estimate from token <paramref name="j"/>. <paramref name="direct"/> tells whether it
    /// follows the name at once or after a connector ("=", ":", ",", "of", "was"); otherwise up to a
    /// few words stand between ("for death"), and the caller should ask for an interval.
    /// <paramref name="announcedLevel"/> is the level token of a "(95% CI)" heading in that gap, or -1.
    /// </summary>
    internal static bool TryFind(SentenceScan s, int j, out NumberRef estimate, out bool direct, out int announcedLevel)
    {
        estimate = default;
        direct = true;
        announcedLevel = -1;
        int k = SkipConnector(s, j);
        if (TryEstimate(s, k, out estimate))
        {
            return true;
        }

        direct = false;
        for (int g = j, gap = 0; g < s.Count && gap < MaxGap; g++, gap++)
        {
            if (IntervalParser.IsAnnouncement(s, g, out int level, out int close))
            {
                // "the RR of ACR20 (90% CI) between groups was 1.039 (0.954, 1.133)": the interval's label announced in the gap.
                announcedLevel = level;
                g = close;
                continue;
            }

            ref var t = ref s[g];
            if (t.Kind == TokenKind.Number)
            {
                return TryEstimate(s, g, out estimate);
            }

            // "hazard ratio for X versus placebo (0.37, 95% CI ...)", "HR vs. warfarin 1.01"
            bool bracketBeforeEstimate = t.Kind == TokenKind.Symbol && t.Symbol is '(' or '[' && s.IsNumber(g + 1);
            bool abbreviationDot = t.Kind == TokenKind.Symbol && t.Symbol == '.' && s.IsGlued(g) && s.IsKeyword(g - 1, Keyword.Vs);
            if (t.Kind == TokenKind.Symbol && t.Symbol is not (',' or ':' or '=' or '-' or '/') && !bracketBeforeEstimate && !abbreviationDot)
            {
                return false;
            }

            if (t.Kind == TokenKind.Word && t.Keyword is Keyword.Ci or Keyword.Confidence or Keyword.Difference or Keyword.Ratio
                or Keyword.OddsRatioAbbreviation or Keyword.HazardRatioAbbreviation or Keyword.RiskRatioAbbreviation or Keyword.P
                or Keyword.StatT or Keyword.StatF or Keyword.StatR or Keyword.StatZ or Keyword.StatQ or Keyword.StatChi or Keyword.N)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True in a sentence about planning, where an estimate without interval or p-value is an
    /// assumption ("power of 90% to detect a relative risk of 0.5"), not a result.
    /// </summary>
    internal static bool IsPlanned(SentenceScan s, int i)
    {
        for (int j = i - 1; j >= 0 && j >= i - 20; j--)
        {
            if (s.IsWord(j, "detect") || s.IsWord(j, "power") || s.IsWord(j, "powered") || s.IsWord(j, "assuming") || s.IsWord(j, "expected")
                || s.IsWord(j, "hypothesized") || s.IsWord(j, "hypothesised") || s.IsWord(j, "margin"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// When the estimate sat inside a bracket the claim opened ("hazard ratio for X (0.37, 95% CI …)"),
    /// the matching closing bracket right after the tail belongs to the claim too.
    /// </summary>
    internal static void CloseBracket(SentenceScan s, int estimateFirst, ref EstimateTail tail)
    {
        if (s.IsOpening(estimateFirst - 1) && s.IsSymbol(tail.Next, SentenceScan.Closing(s[estimateFirst - 1].Symbol)))
        {
            tail.Last = tail.Next;
            tail.Next++;
        }
    }

    private static int SkipConnector(SentenceScan s, int j)
    {
        if (s.IsSymbol(j, '=') || s.IsSymbol(j, ':') || s.IsSymbol(j, ','))
        {
            return j + 1;
        }

        if (s.IsKeyword(j, Keyword.Copula) || s.IsKeyword(j, Keyword.Of))
        {
            return s.IsSymbol(j + 1, ':') || s.IsSymbol(j + 1, '=') ? j + 2 : j + 1;
        }

        return j;
    }

    private static bool TryEstimate(SentenceScan s, int k, out NumberRef estimate)
    {
        if (!NumberParser.TryRead(s, k, NumberReading.Scientific, out estimate))
        {
            return false;
        }

        // "95% CI" is a level, not an estimate.
        return !(estimate.Percent && IntervalParser.IsLabel(s, estimate.Next, out _));
    }
}
