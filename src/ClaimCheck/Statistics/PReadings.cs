using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Statistics;

/// <summary>
/// The readings a printed "p = x" admits: rounded (x ± ½ unit) and, for a floor such as "p = 0.0001" or
/// "p = 0.001", anything below it (programs print their smallest p so). A truncated reading ([x, x + 1 unit))
/// is a separate question (<see cref="TruncatedFits"/>): statcheck does not admit it, and it is never admitted
/// where it would change the significance decision.
/// </summary>
internal static class PReadings
{
    /// <summary>True when the rounded (or floor) reading of the printed p meets <paramref name="computed"/>.</summary>
    internal static bool Admits(ReportedNumber p, Interval computed)
    {
        if (Printed.Range(p).Overlaps(computed))
        {
            return true;
        }

        double unit = Math.Pow(10, -p.Decimals);
        bool floor = p.Decimals >= 3 && Math.Abs(p.Value - unit) < unit / 1000;
        return floor && computed.Lower < p.Value;
    }

    /// <summary>
    /// True when reading the printed p as truncated ([x, x + 1 unit)) meets <paramref name="computed"/> on the
    /// same side of <paramref name="alpha"/> as the printed p: "p = .05" is not .059 when α is .05.
    /// </summary>
    internal static bool TruncatedFits(ReportedNumber p, Interval computed, double alpha)
    {
        double unit = Math.Pow(10, -p.Decimals);
        double lower = Math.Max(p.Value, computed.Lower), upper = Math.Min(p.Value + unit, computed.Upper);
        if (lower > upper || (lower == upper && lower == p.Value + unit))
        {
            return false;
        }

        // The shared part must hold a value on the printed p's side of α.
        return p.Value <= alpha ? lower <= alpha : upper > alpha;
    }
}
