using MathNet.Numerics.Distributions;

namespace ClaimCheck.Statistics;

/// <summary>
/// The two-sided p-values the usual tests give for a 2×2 table: Pearson's χ² without and with Yates's continuity
/// correction, the z-test with unpooled SE, and Fisher's exact test (summing the hypergeometric probabilities, from MathNet.Numerics, of every
/// table no more probable than the observed one, as R's <c>fisher.test</c> does).
/// </summary>
internal static class TwoByTwoTests
{
    /// <summary>Pearson's χ² test (1 df) without correction; 1 when a margin is empty.</summary>
    internal static double ChiSquare(TwoByTwoTable t) => ChiSquare(t, yates: false);

    /// <summary>Pearson's χ² test (1 df) with Yates's continuity correction (never past zero, as R's <c>chisq.test</c>).</summary>
    internal static double ChiSquareYates(TwoByTwoTable t) => ChiSquare(t, yates: true);

    /// <summary>Fisher's exact test, two-sided.</summary>
    internal static double FisherExact(TwoByTwoTable t)
    {
        int total = t.N1 + t.N0, events = t.A + t.C;
        if (events == 0 || events == total)
        {
            return 1;
        }

        // a ~ Hypergeometric(population N, successes = events, draws = n₁).
        var law = new Hypergeometric(total, events, t.N1);
        int min = Math.Max(0, events - t.N0), max = Math.Min(t.N1, events);
        double observed = law.Probability(t.A), p = 0;
        for (int x = min; x <= max; x++)
        {
            double px = law.Probability(x);
            // R's relative tolerance: tables as probable as the observed one count, whatever the rounding.
            if (px <= observed * (1 + 1e-7))
            {
                p += px;
            }
        }

        return Math.Min(1, p);
    }

    /// <summary>The z-test of two proportions with the unpooled (Wald) standard error; 1 when that SE is 0.</summary>
    internal static double UnpooledZ(TwoByTwoTable t)
    {
        double p1 = (double)t.A / t.N1, p0 = (double)t.C / t.N0;
        double se = Math.Sqrt((p1 * (1 - p1) / t.N1) + (p0 * (1 - p0) / t.N0));
        return se > 0 ? PValues.FromZ((p1 - p0) / se) : 1;
    }

    private static double ChiSquare(TwoByTwoTable t, bool yates)
    {
        double n = t.N1 + t.N0, events = t.A + t.C, nonEvents = n - events;
        if (events == 0 || nonEvents == 0 || t.N1 == 0 || t.N0 == 0)
        {
            return 1;
        }

        double diff = Math.Abs(((double)t.A * t.D) - ((double)t.B * t.C));
        if (yates)
        {
            diff = Math.Max(0, diff - (n / 2));
        }

        double chi2 = n * diff * diff / ((double)t.N1 * t.N0 * events * nonEvents);
        return PValues.FromChiSquare(chi2, 1);
    }
}
