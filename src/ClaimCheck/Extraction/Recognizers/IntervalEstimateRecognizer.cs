using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// Any other estimate printed with a labelled confidence interval: <c>85% (95% CI 80–90%)</c>,
/// <c>−2.1 kg (95% CI −3.0 to −1.2)</c>, <c>0.8; 95% CI, 0.6 to 1.0</c>, <c>14.7% at 12 months (95% CI: 2.4%, 27.0%)</c>.
/// A time point ("at 12 months") is never taken for the estimate.
/// </summary>
internal static class IntervalEstimateRecognizer
{
    internal static bool TryMatch(SentenceScan s, int i, out int next)
    {
        next = i;
        if (!NumberParser.TryRead(s, i, NumberReading.Scientific, out var estimate) || (estimate.Percent && IntervalParser.IsLabel(s, estimate.Next, out _)) || IntervalParser.StartsLabelled(s, i))
        {
            return false;
        }

        int unit = estimate.Percent ? -1 : s.ReadUnitBeforeInterval(estimate.Next);
        if (unit >= 0 && s.IsKeyword(unit, Keyword.TimeUnit) && IsTimePreposition(s, i - 1))
        {
            // "at 12 months (95% CI ...)": a time point, whose interval belongs to the value before it.
            return false;
        }

        int afterEstimate = unit >= 0 ? unit + 1 : estimate.Next;
        int estimateLast = estimate.Percent ? estimate.Next - 1 : estimate.Last;
        // "14.7% at 12 months (95% CI: 2.4%, 27.0%; P = 0.02)"
        int tailStart = EstimateTail.SkipPerUnit(s, EstimateTail.SkipTimePoint(s, afterEstimate));
        var tail = EstimateTail.Read(s, tailStart, unit >= 0 ? unit : estimateLast, requireLabel: true);
        int announcedLevel = -1;
        if (!tail.HasInterval && s.IsOpening(tailStart) && s.IsNumber(tailStart + 1) && IntervalParser.IsAnnounced(s, i, out announcedLevel))
        {
            // "The median PFS (95% CI) was 10.9 (3.5–16.5) months": the label came first.
            tail = EstimateTail.Read(s, tailStart, unit >= 0 ? unit : estimateLast, requireLabel: false);
        }

        if (!tail.HasInterval || s.IsAbsorbed(tail.Interval.First))
        {
            return false;
        }

        if (tail.Interval.Level < 0)
        {
            tail.Interval.Level = announcedLevel;
        }

        var (span, text) = s.ClaimText(i, tail.Last);
        s.Claims.Add(new IntervalEstimateClaim(
            span,
            text,
            s.Sentence,
            s.MakeNumber(estimate),
            unit >= 0 ? s.StringOf(estimate.Next, unit) : null,
            s.MakeInterval(tail)!,
            tail.HasP ? s.MakePValue(tail.P) : null));
        next = tail.Next;
        return true;
    }

    private static bool IsTimePreposition(SentenceScan s, int j)
        => s.IsWord(j, "at") || s.IsWord(j, "after") || s.IsKeyword(j, Keyword.By) || s.IsWord(j, "over") || s.IsWord(j, "within")
        || s.IsWord(j, "until") || s.IsWord(j, "during") || s.IsWord(j, "for");
}
