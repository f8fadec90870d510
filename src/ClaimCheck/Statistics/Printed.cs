using System.Globalization;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Statistics;

/// <summary>Helpers that turn printed numbers into the intervals rules reason with, and numbers into message text.</summary>
internal static class Printed
{
    /// <summary>The interval the printed number stands for: value ± half a unit of its last printed digit (exact for words).</summary>
    internal static Interval Range(ReportedNumber n) => new(n.Value - n.HalfUnit, n.Value + n.HalfUnit);

    /// <summary>A number with <paramref name="decimals"/> decimals, invariant culture.</summary>
    internal static string F(double value, int decimals)
        => value.ToString("F" + Math.Clamp(decimals, 0, 15).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>An interval with <paramref name="decimals"/> decimals: "[46.935, 46.945]".</summary>
    internal static string F(Interval interval, int decimals) => interval.ToString(decimals);

    /// <summary>True when the printed number is a whole number that can be a count (no decimals, not negative).</summary>
    internal static bool IsCount(ReportedNumber n) => n.Decimals == 0 && n.Exponent == 0 && n.Value >= 0 && n.Value == Math.Floor(n.Value) && n.Value < int.MaxValue;
}
