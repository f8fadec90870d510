using System.Globalization;

namespace ClaimCheck.Statistics;

/// <summary>A closed interval of real numbers, [<see cref="Lower"/>, <see cref="Upper"/>]. Value equality.</summary>
/// <param name="Lower">The lower end (inclusive).</param>
/// <param name="Upper">The upper end (inclusive); not below <paramref name="Lower"/>.</param>
public readonly record struct Interval(double Lower, double Upper)
{
    /// <summary>The interval holding one value.</summary>
    public static Interval Point(double value) => new(value, value);

    /// <summary>True when <paramref name="value"/> lies in the interval, ends included, allowing for floating-point error.</summary>
    public bool Contains(double value)
    {
        double slack = 1e-9 * Math.Max(1.0, Math.Max(Math.Abs(Lower), Math.Abs(Upper)));
        return value >= Lower - slack && value <= Upper + slack;
    }

    /// <summary>True when the two intervals share at least one value (with the same floating-point allowance).</summary>
    public bool Overlaps(Interval other) => Contains(other.Lower) || Contains(other.Upper) || other.Contains(Lower);

    /// <summary>The smallest interval holding both.</summary>
    public Interval Union(Interval other) => new(Math.Min(Lower, other.Lower), Math.Max(Upper, other.Upper));

    /// <summary>Formats the interval as "[lower, upper]" with <paramref name="decimals"/> decimals (invariant culture).</summary>
    public string ToString(int decimals)
    {
        string format = "F" + Math.Clamp(decimals, 0, 15).ToString(CultureInfo.InvariantCulture);
        return $"[{Lower.ToString(format, CultureInfo.InvariantCulture)}, {Upper.ToString(format, CultureInfo.InvariantCulture)}]";
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{Lower.ToString("R", CultureInfo.InvariantCulture)}, {Upper.ToString("R", CultureInfo.InvariantCulture)}]";
}
