namespace ClaimCheck.Statistics;

/// <summary>
/// Counts of two groups by outcome: <see cref="A"/> events of <see cref="N1"/> in the first group
/// (e.g. treatment), <see cref="C"/> events of <see cref="N0"/> in the second (e.g. placebo).
/// Computes the odds ratio, risk ratio and risk difference of group 1 against group 2, and their
/// confidence intervals by the standard methods. Immutable.
/// </summary>
public sealed record TwoByTwoTable
{
    /// <summary>Creates the table from events and group sizes.</summary>
    /// <param name="eventsInGroup1">Events in group 1 (k₁).</param>
    /// <param name="sizeOfGroup1">Size of group 1 (n₁).</param>
    /// <param name="eventsInGroup2">Events in group 2 (k₀).</param>
    /// <param name="sizeOfGroup2">Size of group 2 (n₀).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or events exceed their group's size.</exception>
    public TwoByTwoTable(int eventsInGroup1, int sizeOfGroup1, int eventsInGroup2, int sizeOfGroup2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(eventsInGroup1);
        ArgumentOutOfRangeException.ThrowIfNegative(eventsInGroup2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(eventsInGroup1, sizeOfGroup1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(eventsInGroup2, sizeOfGroup2);
        A = eventsInGroup1;
        N1 = sizeOfGroup1;
        C = eventsInGroup2;
        N0 = sizeOfGroup2;
    }

    /// <summary>Events in group 1.</summary>
    public int A { get; }

    /// <summary>Non-events in group 1.</summary>
    public int B => N1 - A;

    /// <summary>Events in group 2.</summary>
    public int C { get; }

    /// <summary>Non-events in group 2.</summary>
    public int D => N0 - C;

    /// <summary>Size of group 1.</summary>
    public int N1 { get; }

    /// <summary>Size of group 2.</summary>
    public int N0 { get; }

    /// <summary>The odds ratio ad / bc; +∞ or NaN when a denominator cell is 0.</summary>
    public double OddsRatio => (double)A * D / ((double)B * C);

    /// <summary>The risk ratio (a/n₁) / (c/n₀); +∞ or NaN when c is 0.</summary>
    public double RiskRatio => ((double)A / N1) / ((double)C / N0);

    /// <summary>The risk difference a/n₁ − c/n₀.</summary>
    public double RiskDifference => ((double)A / N1) - ((double)C / N0);

    /// <summary>The confidence interval of the measure <paramref name="method"/> applies to, or null when the method cannot be used on these counts (a zero cell for a log method, say).</summary>
    /// <param name="method">The method.</param>
    /// <param name="level">The confidence level (default 0.95).</param>
    public Interval? ConfidenceInterval(IntervalMethod method, double level = 0.95)
    {
        double z = PValues.CriticalZ(level);
        switch (method)
        {
            case IntervalMethod.Woolf:
                return A == 0 || B == 0 || C == 0 || D == 0 ? null : LogInterval(Math.Log(OddsRatio), Math.Sqrt((1.0 / A) + (1.0 / B) + (1.0 / C) + (1.0 / D)), z);
            case IntervalMethod.WoolfHaldane:
            {
                double a = A + 0.5, b = B + 0.5, c = C + 0.5, d = D + 0.5;
                return LogInterval(Math.Log(a * d / (b * c)), Math.Sqrt((1 / a) + (1 / b) + (1 / c) + (1 / d)), z);
            }

            case IntervalMethod.KatzLog:
                return A == 0 || C == 0 ? null : LogInterval(Math.Log(RiskRatio), Math.Sqrt((1.0 / A) - (1.0 / N1) + (1.0 / C) - (1.0 / N0)), z);
            case IntervalMethod.Wald:
            {
                double p1 = (double)A / N1, p0 = (double)C / N0;
                double se = Math.Sqrt((p1 * (1 - p1) / N1) + (p0 * (1 - p0) / N0));
                return new Interval(RiskDifference - (z * se), RiskDifference + (z * se));
            }

            case IntervalMethod.Newcombe:
            {
                double p1 = (double)A / N1, p0 = (double)C / N0;
                var w1 = Wilson(A, N1, z);
                var w0 = Wilson(C, N0, z);
                double lower = RiskDifference - Math.Sqrt(Square(p1 - w1.Lower) + Square(w0.Upper - p0));
                double upper = RiskDifference + Math.Sqrt(Square(w1.Upper - p1) + Square(p0 - w0.Lower));
                return new Interval(lower, upper);
            }

            case IntervalMethod.Exact:
                return ExactOddsRatioInterval(level, midP: false);
            case IntervalMethod.MidP:
                return ExactOddsRatioInterval(level, midP: true);
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown interval method.");
        }
    }

    /// <summary>The Wilson score interval of the proportion <paramref name="k"/>/<paramref name="n"/>.</summary>
    public static Interval Wilson(int k, int n, double z)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        double p = (double)k / n, z2 = z * z;
        double centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        double half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n))) / (1 + (z2 / n));
        return new Interval(centre - half, centre + half);
    }

    private static double Square(double x) => x * x;

    private static Interval LogInterval(double logEstimate, double se, double z)
        => new(Math.Exp(logEstimate - (z * se)), Math.Exp(logEstimate + (z * se)));

    /// <summary>Cornfield's exact conditional interval: the ψ at which the tail probabilities of a equal α/2.</summary>
    private Interval ExactOddsRatioInterval(double level, bool midP)
    {
        int m1 = A + C;
        int min = Math.Max(0, m1 - N0), max = Math.Min(N1, m1);
        // The binomial terms do not depend on ψ: computed once, they leave one exp per support point per step.
        var logBase = new double[max - min + 1];
        for (int x = min; x <= max; x++)
        {
            logBase[x - min] = LogChoose(N1, x) + LogChoose(N0, m1 - x);
        }

        var scratch = new double[logBase.Length];
        double alpha = 1 - level;
        double lower = A == min ? 0 : SolveLogPsi(x => Tail(logBase, scratch, x, min, upperTail: true, midP) - (alpha / 2));
        double upper = A == max ? double.PositiveInfinity : SolveLogPsi(x => (alpha / 2) - Tail(logBase, scratch, x, min, upperTail: false, midP));
        return new Interval(lower, upper);
    }

    // P(X >= a) rises with ψ; P(X <= a) falls with ψ. Both are solved by bisection on ln ψ.
    private static double SolveLogPsi(Func<double, double> increasing)
    {
        double lo = -40, hi = 40;
        for (int i = 0; i < 200 && hi - lo > 1e-12; i++)
        {
            double mid = (lo + hi) / 2;
            if (increasing(mid) < 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return Math.Exp((lo + hi) / 2);
    }

    /// <summary>P(X ≥ a) (upper) or P(X ≤ a) (lower) under the noncentral hypergeometric law with odds ratio e^logPsi; mid-p halves P(X = a).</summary>
    private double Tail(double[] logBase, double[] p, double logPsi, int min, bool upperTail, bool midP)
    {
        double top = double.NegativeInfinity;
        for (int i = 0; i < logBase.Length; i++)
        {
            p[i] = logBase[i] + ((i + min) * logPsi);
            top = Math.Max(top, p[i]);
        }

        double sum = 0, tail = 0;
        for (int i = 0; i < p.Length; i++)
        {
            double w = Math.Exp(p[i] - top);
            sum += w;
            int x = i + min;
            if (upperTail ? x >= A : x <= A)
            {
                tail += x == A && midP ? w / 2 : w;
            }
        }

        return tail / sum;
    }

    private static double LogChoose(int n, int k) => MathNet.Numerics.SpecialFunctions.BinomialLn(n, k);
}
