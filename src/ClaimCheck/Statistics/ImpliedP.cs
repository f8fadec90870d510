using ClaimCheck.Extraction.Claims;
using MathNet.Numerics.Distributions;

namespace ClaimCheck.Statistics;

/// <summary>
/// The p-values an estimate and its interval can imply (Altman–Bland), as a range over every reading
/// the text admits: each number anywhere in its rounding interval; the standard error taken from the
/// whole width or from either half (a slightly asymmetric interval); and, for differences, a t
/// distribution with 10 or more degrees of freedom as well as the normal (small trials).
/// </summary>
internal static class ImpliedP
{
    private static readonly double[] SmallSampleDf = [10, 20, 40];

    /// <summary>The range of implied two-sided p-values on the log or linear scale, or null when the numbers admit none (a log-scale bound ≤ 0, no width).</summary>
    internal static Interval? Range(ReportedNumber estimate, ConfidenceInterval ci, bool logScale)
    {
        var est = Printed.Range(estimate);
        var lo = Printed.Range(ci.Lower);
        var hi = Printed.Range(ci.Upper);
        if (logScale)
        {
            if (est.Lower <= 0 || lo.Lower <= 0 || hi.Lower <= 0)
            {
                return null;
            }

            est = new Interval(Math.Log(est.Lower), Math.Log(est.Upper));
            lo = new Interval(Math.Log(lo.Lower), Math.Log(lo.Upper));
            hi = new Interval(Math.Log(hi.Lower), Math.Log(hi.Upper));
        }

        if (hi.Upper <= lo.Lower)
        {
            return null;
        }

        double level = ci.LevelOrDefault;
        if (level is <= 0 or >= 1)
        {
            return null;
        }

        double min = 1, max = 0;
        void Add(double p)
        {
            min = Math.Min(min, p);
            max = Math.Max(max, p);
        }

        double z = PValues.CriticalZ(level);
        Corners(est, lo, hi, z, stat => PValues.FromZ(stat), Add);
        if (!logScale)
        {
            foreach (double df in SmallSampleDf)
            {
                double t = StudentT.InvCDF(0, 1, df, 1 - ((1 - level) / 2));
                Corners(est, lo, hi, t, stat => PValues.FromT(stat, df), Add);
            }
        }

        if (est.Lower <= 0 && est.Upper >= 0)
        {
            Add(1);
        }

        return new Interval(min, max);
    }

    private static void Corners(Interval est, Interval lo, Interval hi, double critical, Func<double, double> p, Action<double> add)
    {
        foreach (double x in new[] { est.Lower, est.Upper })
        {
            foreach (double l in new[] { lo.Lower, lo.Upper })
            {
                foreach (double h in new[] { hi.Lower, hi.Upper })
                {
                    if (h <= l)
                    {
                        continue;
                    }

                    add(p(Math.Abs(x) / ((h - l) / (2 * critical))));
                    if (x > l)
                    {
                        add(p(Math.Abs(x) / ((x - l) / critical)));
                    }

                    if (h > x)
                    {
                        add(p(Math.Abs(x) / ((h - x) / critical)));
                    }
                }
            }
        }
    }
}
