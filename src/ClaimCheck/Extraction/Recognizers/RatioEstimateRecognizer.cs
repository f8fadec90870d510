using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// Ratio estimates: OR, aOR, RR, HR, IRR, RD (abbreviated or written out, "adjusted odds ratio")
/// with the interval and p-value printed after them: <c>odds ratio [OR] = 1.68, 95% confidence
/// interval [CI]: 0.65–4.34</c>, <c>HR 0.75 [0.50‐1.13]; p= 0.17</c>, <c>RR = 1.2 (CI 0.5–2.7)</c>.
/// </summary>
internal static class RatioEstimateRecognizer
{
    private static readonly (string Name, RatioMeasure Measure)[] CjkNames =
    [
        ("比值比", RatioMeasure.OddsRatio), ("优势比", RatioMeasure.OddsRatio), ("风险比", RatioMeasure.HazardRatio),
        ("危险比", RatioMeasure.HazardRatio), ("相对危险度", RatioMeasure.RiskRatio), ("相对风险", RatioMeasure.RiskRatio),
    ];

    internal static bool TryMatch(SentenceScan s, int i, out int next)
    {
        next = i;
        int j = i;
        int start = s[i].Start;
        bool adjusted = false;
        RatioMeasure measure;
        if (s.IsCjk(i))
        {
            if (!TryCjkMeasure(s, i, out measure, out start))
            {
                return false;
            }

            j = i + 1;
        }
        else
        {
            if (s.IsKeyword(j, Keyword.Adjusted))
            {
                adjusted = true;
                j++;
            }

            if (!TryMeasure(s, ref j, ref adjusted, out measure))
            {
                return false;
            }
        }

        int measureLast = j - 1;
        j = EstimateHead.SkipAbbreviation(s, j);
        if (!EstimateHead.TryFind(s, j, out var estimate, out bool direct, out int announcedLevel) || (estimate.Percent && measure != RatioMeasure.RiskDifference)
            || (s.IsSymbol(estimate.Next, '-') && s.IsNumber(estimate.Next + 1)))
        {
            // "risk ratio 3.6–9.9" is a range, not an estimate.
            return false;
        }

        var tail = EstimateTail.Read(s, EstimateTail.SkipPerUnit(s, estimate.Next), estimate.Percent ? estimate.Next - 1 : estimate.Last, requireLabel: false);
        if ((!direct && !tail.HasInterval && !tail.HasP) || (!tail.HasInterval && !tail.HasP && EstimateHead.IsPlanned(s, i)))
        {
            return false;
        }

        if (!direct)
        {
            EstimateHead.CloseBracket(s, estimate.First, ref tail);
        }

        if (tail.HasInterval && tail.Interval.Level < 0)
        {
            tail.Interval.Level = announcedLevel;
        }

        var (span, text) = s.ClaimTextFrom(start, tail.Last);
        s.Claims.Add(new RatioEstimateClaim(
            span,
            text,
            s.Sentence,
            measure,
            adjusted,
            s.Text[start..s[measureLast].End],
            s.MakeNumber(estimate),
            s.MakeInterval(tail),
            tail.HasP ? s.MakePValue(tail.P) : null));
        next = tail.Next;
        return true;
    }

    private static bool TryMeasure(SentenceScan s, ref int j, ref bool adjusted, out RatioMeasure measure)
    {
        measure = RatioMeasure.OddsRatio;
        if (!s.IsLatinWord(j))
        {
            return false;
        }

        switch (s[j].Keyword)
        {
            case Keyword.AdjustedOddsRatioAbbreviation:
                adjusted = true;
                measure = RatioMeasure.OddsRatio;
                j++;
                return true;
            case Keyword.OddsRatioAbbreviation:
                measure = RatioMeasure.OddsRatio;
                j++;
                return true;
            case Keyword.AdjustedRiskRatioAbbreviation:
                adjusted = true;
                measure = RatioMeasure.RiskRatio;
                j++;
                return true;
            case Keyword.RiskRatioAbbreviation:
                measure = RatioMeasure.RiskRatio;
                j++;
                return true;
            case Keyword.AdjustedHazardRatioAbbreviation:
                adjusted = true;
                measure = RatioMeasure.HazardRatio;
                j++;
                return true;
            case Keyword.HazardRatioAbbreviation:
                measure = RatioMeasure.HazardRatio;
                j++;
                return true;
            case Keyword.RateRatioAbbreviation:
                measure = RatioMeasure.IncidenceRateRatio;
                j++;
                return true;
            case Keyword.RiskDifferenceAbbreviation:
                measure = RatioMeasure.RiskDifference;
                j++;
                return true;
            case Keyword.Odds when s.IsKeyword(j + 1, Keyword.Ratio):
                measure = RatioMeasure.OddsRatio;
                j += 2;
                return true;
            case Keyword.Hazard when s.IsKeyword(j + 1, Keyword.Ratio):
                measure = RatioMeasure.HazardRatio;
                j += 2;
                return true;
            case Keyword.Risk when s.IsKeyword(j + 1, Keyword.Ratio):
                measure = RatioMeasure.RiskRatio;
                j += 2;
                return true;
            case Keyword.Risk when s.IsKeyword(j + 1, Keyword.Difference):
                measure = RatioMeasure.RiskDifference;
                j += 2;
                return true;
            case Keyword.Relative when s.IsKeyword(j + 1, Keyword.Risk):
                measure = RatioMeasure.RiskRatio;
                j += 2;
                return true;
            case Keyword.Rate when s.IsKeyword(j + 1, Keyword.Ratio):
                measure = RatioMeasure.IncidenceRateRatio;
                j += 2;
                return true;
            case Keyword.Incidence when s.IsKeyword(j + 1, Keyword.Rate) && s.IsKeyword(j + 2, Keyword.Ratio):
                measure = RatioMeasure.IncidenceRateRatio;
                j += 3;
                return true;
            default:
                return false;
        }
    }

    private static bool TryCjkMeasure(SentenceScan s, int i, out RatioMeasure measure, out int start)
    {
        measure = RatioMeasure.OddsRatio;
        start = 0;
        var word = CjkKeyword.TrimCopula(s.TextOf(i));
        foreach (var (name, m) in CjkNames)
        {
            if (word.EndsWith(name, StringComparison.Ordinal))
            {
                measure = m;
                start = s[i].Start + word.Length - name.Length;
                return true;
            }
        }

        return false;
    }
}
