namespace ClaimCheck.Statistics;

/// <summary>
/// The p-value implied by an estimate and its confidence interval (Altman &amp; Bland, BMJ 2011):
/// SE = (upper − lower) / (2·z), z = estimate / SE, on the log scale for ratios. Every input is
/// widened to its rounding interval and the p-value is returned as the range over that box.
/// </summary>
public static class AltmanBland
{
    /// <summary>The range of two-sided p-values a ratio estimate (OR, RR, HR) and its CI can give.</summary>
    /// <param name="estimate">The estimate's rounding interval (all values &gt; 0).</param>
    /// <param name="lower">The lower bound's rounding interval.</param>
    /// <param name="upper">The upper bound's rounding interval.</param>
    /// <param name="level">The confidence level, e.g. 0.95.</param>
    /// <returns>The p range, or null when a bound can be ≤ 0 (no log scale) or the interval can have no width.</returns>
    public static Interval? ForRatio(Interval estimate, Interval lower, Interval upper, double level = 0.95)
    {
        if (estimate.Lower <= 0 || lower.Lower <= 0 || upper.Lower <= 0)
        {
            return null;
        }

        return Range(Log(estimate), Log(lower), Log(upper), level);
    }

    /// <summary>The range of two-sided p-values a difference estimate and its CI can give (null value 0).</summary>
    /// <param name="estimate">The estimate's rounding interval.</param>
    /// <param name="lower">The lower bound's rounding interval.</param>
    /// <param name="upper">The upper bound's rounding interval.</param>
    /// <param name="level">The confidence level, e.g. 0.95.</param>
    /// <returns>The p range, or null when the interval can have no width.</returns>
    public static Interval? ForDifference(Interval estimate, Interval lower, Interval upper, double level = 0.95)
        => Range(estimate, lower, upper, level);

    private static Interval Log(Interval i) => new(Math.Log(i.Lower), Math.Log(i.Upper));

    private static Interval? Range(Interval estimate, Interval lower, Interval upper, double level)
    {
        if (upper.Upper <= lower.Lower)
        {
            return null;
        }

        double z = PValues.CriticalZ(level);
        // |estimate| / width is monotone in each input, so its extremes lie at corners of the box;
        // the estimate's range may also cross 0, where z = 0 and p = 1.
        double minWidth = Math.Max(upper.Lower - lower.Upper, 0);
        double maxWidth = upper.Upper - lower.Lower;
        double minAbs = estimate.Contains(0) || (estimate.Lower < 0 && estimate.Upper > 0) ? 0 : Math.Min(Math.Abs(estimate.Lower), Math.Abs(estimate.Upper));
        double maxAbs = Math.Max(Math.Abs(estimate.Lower), Math.Abs(estimate.Upper));
        double minZ = minAbs / (maxWidth / (2 * z));
        double maxZ = minWidth == 0 ? double.PositiveInfinity : maxAbs / (minWidth / (2 * z));
        return new Interval(double.IsInfinity(maxZ) ? 0 : PValues.FromZ(maxZ), PValues.FromZ(minZ));
    }
}
