using MathNet.Numerics;

namespace ClaimCheck.Statistics;

/// <summary>
/// p-values of test statistics, computed with MathNet.Numerics' regularised incomplete beta and gamma
/// functions (tail areas directly, so small p-values keep their precision). All p-values are
/// two-sided unless the method says otherwise.
/// </summary>
public static class PValues
{
    /// <summary>Two-sided p of a standard normal statistic.</summary>
    public static double FromZ(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>Two-sided p of Student's t with <paramref name="df"/> degrees of freedom.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="df"/> is not positive.</exception>
    public static double FromT(double t, double df)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(df);
        return SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + (t * t)));
    }

    /// <summary>Upper-tail p of an F statistic with (<paramref name="df1"/>, <paramref name="df2"/>) degrees of freedom.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A degree of freedom is not positive.</exception>
    public static double FromF(double f, double df1, double df2)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(df1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(df2);
        return f <= 0 ? 1.0 : SpecialFunctions.BetaRegularized(df2 / 2, df1 / 2, df2 / (df2 + (df1 * f)));
    }

    /// <summary>Upper-tail p of a χ² statistic with <paramref name="df"/> degrees of freedom.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="df"/> is not positive.</exception>
    public static double FromChiSquare(double chi2, double df)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(df);
        return chi2 <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(df / 2, chi2 / 2);
    }

    /// <summary>Two-sided p of a correlation <paramref name="r"/> with <paramref name="df"/> = n − 2 degrees of freedom (via t).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="df"/> is not positive.</exception>
    public static double FromR(double r, double df)
    {
        if (Math.Abs(r) >= 1)
        {
            return 0.0;
        }

        return FromT(r * Math.Sqrt(df / (1 - (r * r))), df);
    }

    /// <summary>The standard normal quantile for a two-sided confidence level (0.95 gives 1.959964…).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static double CriticalZ(double level)
    {
        if (level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "A confidence level lies strictly between 0 and 1.");
        }

        return MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
    }
}
