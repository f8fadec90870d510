namespace ClaimCheck.Statistics;

/// <summary>
/// The two-sided p of two independent means compared by Student's t (pooled variance) and by Welch's t, over
/// every value the printed means and spreads stand for: the p-values at the corners of their rounding intervals
/// bound it.
/// </summary>
internal static class TwoSampleT
{
    /// <summary>The range of Student's t-test p (df = n₁ + n₂ − 2) for means and SDs anywhere in their intervals.</summary>
    internal static Interval Student(Interval difference, Interval sd1, int n1, Interval sd2, int n2)
        => Over(difference, sd1, sd2, (d, s1, s2) =>
        {
            double df = n1 + n2 - 2;
            double pooled = (((n1 - 1) * s1 * s1) + ((n2 - 1) * s2 * s2)) / df;
            return P(d, Math.Sqrt(pooled * ((1.0 / n1) + (1.0 / n2))), df);
        });

    /// <summary>The range of Welch's t-test p (Welch–Satterthwaite df) for means and SDs anywhere in their intervals.</summary>
    internal static Interval Welch(Interval difference, Interval sd1, int n1, Interval sd2, int n2)
        => Over(difference, sd1, sd2, (d, s1, s2) =>
        {
            double v1 = s1 * s1 / n1, v2 = s2 * s2 / n2;
            double df = (v1 + v2) * (v1 + v2) / ((v1 * v1 / (n1 - 1)) + (v2 * v2 / (n2 - 1)));
            return P(d, Math.Sqrt(v1 + v2), df);
        });

    /// <summary>The interval of |m₁ − m₂| when each mean lies anywhere in its interval.</summary>
    internal static Interval AbsoluteDifference(Interval mean1, Interval mean2)
    {
        double low = Math.Max(0, Math.Max(mean1.Lower - mean2.Upper, mean2.Lower - mean1.Upper));
        double high = Math.Max(Math.Abs(mean1.Upper - mean2.Lower), Math.Abs(mean2.Upper - mean1.Lower));
        return new Interval(low, high);
    }

    private static double P(double difference, double se, double df)
        => se <= 0 ? (difference == 0 ? 1 : 0) : PValues.FromT(difference / se, Math.Max(df, 1e-9));

    // p falls as |difference| grows and rises with either spread; Welch's df moves with the spreads too, so every corner is tried.
    private static Interval Over(Interval difference, Interval sd1, Interval sd2, Func<double, double, double, double> p)
    {
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        foreach (double d in (double[])[difference.Lower, difference.Upper])
        {
            foreach (double s1 in (double[])[Math.Max(0, sd1.Lower), sd1.Upper])
            {
                foreach (double s2 in (double[])[Math.Max(0, sd2.Lower), sd2.Upper])
                {
                    double value = p(d, s1, s2);
                    low = Math.Min(low, value);
                    high = Math.Max(high, value);
                }
            }
        }

        return new Interval(low, high);
    }
}
