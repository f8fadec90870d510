using ClaimCheck.Extraction.Claims;
using MathNet.Numerics.Distributions;

namespace ClaimCheck.Statistics;

/// <summary>Whether a printed p-value (relation and value) can be a p computed from the reported numbers.</summary>
internal static class RecomputedP
{
    /// <summary>
    /// How far apart, as a normal test statistic, a printed and a computed p may be and still agree: 0.05 (p = 0.994
    /// against 0.996, or 0.95 against 0.94, say the same thing; 0.001 against 0.0002 is 0.43 apart).
    /// </summary>
    internal const double ZTolerance = 0.05;

    /// <summary>
    /// True when some reading of <paramref name="p"/> meets <paramref name="computed"/> (two-sided), or half of it when
    /// <paramref name="oneSided"/>: "p = x" by <see cref="PReadings"/> (rounded, truncated, a floor), "p &lt; x" when
    /// the computed p can be at most x, "p &gt; x" when it can be at least x; or when the two stand for test statistics
    /// less than <see cref="ZTolerance"/> apart.
    /// </summary>
    internal static bool Fits(PValue p, Interval computed, bool oneSided)
        => Fits(p, computed) || (oneSided && Fits(p, new Interval(computed.Lower / 2, computed.Upper / 2)));

    private static bool Fits(PValue p, Interval computed)
    {
        if (p.Value is not { } value)
        {
            return true;
        }

        var printed = Printed.Range(value);
        return p.Relation switch
        {
            RelationalOperator.Less or RelationalOperator.LessOrEqual => computed.Lower <= printed.Upper || Z(printed.Upper) - Z(computed.Lower) < ZTolerance,
            RelationalOperator.Greater or RelationalOperator.GreaterOrEqual => computed.Upper >= printed.Lower || Z(computed.Upper) - Z(printed.Lower) < ZTolerance,
            _ => PReadings.Admits(value, computed) || Gap(printed, computed) < ZTolerance,
        };
    }

    /// <summary>The distance between the two p ranges as |z| statistics (0 when they overlap).</summary>
    private static double Gap(Interval printed, Interval computed)
        => printed.Upper < computed.Lower ? Z(printed.Upper) - Z(computed.Lower)
            : printed.Lower > computed.Upper ? Z(computed.Upper) - Z(printed.Lower)
            : 0;

    /// <summary>The |z| whose two-sided p is <paramref name="p"/>.</summary>
    private static double Z(double p) => -Normal.InvCDF(0, 1, Math.Clamp(p, 1e-300, 1) / 2);
}
