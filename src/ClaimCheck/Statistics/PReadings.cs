using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Statistics;

/// <summary>
/// The readings a printed "p = x" admits: rounded (x ± ½ unit), truncated ([x, x + 1 unit)), and, for
/// a floor such as "p = 0.0001" or "p = 0.001", anything below it (programs print their smallest p so).
/// </summary>
internal static class PReadings
{
    /// <summary>True when some reading of the printed p meets <paramref name="computed"/>.</summary>
    internal static bool Admits(ReportedNumber p, Interval computed)
    {
        double unit = Math.Pow(10, -p.Decimals);
        if (Printed.Range(p).Overlaps(computed) || new Interval(p.Value, p.Value + unit).Overlaps(computed))
        {
            return true;
        }

        bool floor = p.Decimals >= 3 && Math.Abs(p.Value - unit) < unit / 1000;
        return floor && computed.Lower < p.Value;
    }
}
