using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Statistics;

/// <summary>The 2×2 tables a pair of proportions gives, in both orientations, and the measure a ratio claim names.</summary>
internal static class CountsTable
{
    /// <summary>The tables (first vs second, second vs first), or none when the counts are not whole or not possible.</summary>
    internal static IReadOnlyList<TwoByTwoTable> Of(ProportionClaim first, ProportionClaim second)
    {
        if (first is not { Count: { } k1, Total: { } n1 } || second is not { Count: { } k2, Total: { } n2 }
            || !Printed.IsCount(k1) || !Printed.IsCount(n1) || !Printed.IsCount(k2) || !Printed.IsCount(n2)
            || k1.Value > n1.Value || k2.Value > n2.Value || n1.Value == 0 || n2.Value == 0)
        {
            return [];
        }

        return [new TwoByTwoTable((int)k1.Value, (int)n1.Value, (int)k2.Value, (int)n2.Value), new TwoByTwoTable((int)k2.Value, (int)n2.Value, (int)k1.Value, (int)n1.Value)];
    }

    /// <summary>The measure of <paramref name="ratio"/> computed from <paramref name="table"/>, scaled to the printed unit (RD as % when printed so).</summary>
    internal static double? Measure(RatioEstimateClaim ratio, TwoByTwoTable table)
    {
        double value = ratio.Measure switch
        {
            RatioMeasure.OddsRatio => table.OddsRatio,
            RatioMeasure.RiskRatio => table.RiskRatio,
            RatioMeasure.RiskDifference => table.RiskDifference * (ratio.Estimate.IsPercent || Math.Abs(ratio.Estimate.Value) > 1 ? 100 : 1),
            _ => double.NaN,
        };
        return double.IsFinite(value) ? value : null;
    }

    /// <summary>The interval methods that apply to the measure.</summary>
    internal static IntervalMethod[] Methods(RatioMeasure measure) => measure switch
    {
        RatioMeasure.OddsRatio => [IntervalMethod.Woolf, IntervalMethod.WoolfHaldane, IntervalMethod.Exact, IntervalMethod.MidP],
        RatioMeasure.RiskRatio => [IntervalMethod.KatzLog],
        RatioMeasure.RiskDifference => [IntervalMethod.Wald, IntervalMethod.Newcombe],
        _ => [],
    };
}
