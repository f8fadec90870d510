using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// Difference estimates: "difference", "mean difference" (MD, WMD), "median difference",
/// "standardized mean difference" (SMD), "差异", with the unit, interval and p-value printed after them:
/// <c>difference of 12.86 (95% CI: 1.44–24.28)</c>, <c>median difference was −13.31%, 95% CI −29.14%, 2.13%, P = 0.080</c>,
/// <c>difference: 27.00 m; 95% CI 0.00, 57.00; P = 0.057</c>.
/// </summary>
internal static class DifferenceEstimateRecognizer
{
    private static readonly string[] CjkNames = ["差异", "差值"];

    internal static bool TryMatch(SentenceScan s, int i, out int next)
    {
        next = i;
        int start = s[i].Start;
        int j;
        DifferenceMeasure measure;
        if (s.IsCjk(i))
        {
            if (!TryCjkMeasure(s, i, out start))
            {
                return false;
            }

            measure = DifferenceMeasure.Unspecified;
            j = i + 1;
        }
        else if (!TryMeasure(s, i, out measure, out j))
        {
            return false;
        }

        j = EstimateHead.SkipAbbreviation(s, j);
        if (!EstimateHead.TryFind(s, j, out var estimate, out bool direct, out int announcedLevel))
        {
            return false;
        }

        int estimateLast = estimate.Percent ? estimate.Next - 1 : estimate.Last;
        int j2 = estimate.Next;
        bool hasSpread = false;
        NumberRef spread = default;
        if (SpreadParser.IsPlusMinus(s, j2, out int spreadAt) && NumberParser.TryRead(s, spreadAt, NumberReading.Plain, out spread) && spread.Sign == '\0')
        {
            // "a difference of 130 ± 24 mL (p < 0.001)"
            hasSpread = true;
            estimateLast = spread.Percent ? spread.Next - 1 : spread.Last;
            j2 = spread.Next;
        }

        int unit = estimate.Percent || (hasSpread && spread.Percent) ? -1 : s.ReadUnitBeforeInterval(j2);
        int afterEstimate = unit >= 0 ? unit + 1 : j2;
        var tail = EstimateTail.Read(s, EstimateTail.SkipTimePoint(s, afterEstimate), unit >= 0 ? unit : estimateLast, requireLabel: false);
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
        s.Claims.Add(new DifferenceEstimateClaim(
            span,
            text,
            s.Sentence,
            measure,
            s.MakeNumber(estimate),
            hasSpread ? s.MakeNumber(spread) : null,
            unit >= 0 ? s.StringOf(j2, unit) : null,
            s.MakeInterval(tail),
            tail.HasP ? s.MakePValue(tail.P) : null));
        next = tail.Next;
        return true;
    }

    private static bool TryMeasure(SentenceScan s, int i, out DifferenceMeasure measure, out int next)
    {
        measure = DifferenceMeasure.Unspecified;
        next = i + 1;
        switch (s[i].Keyword)
        {
            case Keyword.MeanDifferenceAbbreviation:
                measure = DifferenceMeasure.Mean;
                return true;
            case Keyword.StandardizedDifferenceAbbreviation:
                measure = DifferenceMeasure.Standardized;
                return true;
            case Keyword.Difference:
                return true;
            case Keyword.Standardized when s.IsKeyword(i + 1, Keyword.Mean) && s.IsKeyword(i + 2, Keyword.Difference):
                measure = DifferenceMeasure.Standardized;
                next = i + 3;
                return true;
            case Keyword.Mean when s.IsKeyword(i + 1, Keyword.Difference):
                measure = DifferenceMeasure.Mean;
                next = i + 2;
                return true;
            case Keyword.Median when s.IsKeyword(i + 1, Keyword.Difference):
                measure = DifferenceMeasure.Median;
                next = i + 2;
                return true;
            case Keyword.Adjusted when s.IsKeyword(i + 1, Keyword.Mean) && s.IsKeyword(i + 2, Keyword.Difference):
                measure = DifferenceMeasure.Mean;
                next = i + 3;
                return true;
            case Keyword.Adjusted when s.IsKeyword(i + 1, Keyword.Difference):
                next = i + 2;
                return true;
            default:
                return false;
        }
    }

    private static bool TryCjkMeasure(SentenceScan s, int i, out int start)
    {
        start = 0;
        var word = CjkKeyword.TrimCopula(s.TextOf(i));
        foreach (var name in CjkNames)
        {
            if (word.EndsWith(name, StringComparison.Ordinal) && (s.IsNumber(i + 1) || s.IsSymbol(i + 1, ':')))
            {
                start = s[i].Start + word.Length - name.Length;
                return true;
            }
        }

        return false;
    }
}
