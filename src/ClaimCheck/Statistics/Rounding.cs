namespace ClaimCheck.Statistics;

/// <summary>
/// What a printed number stands for. A value printed with d decimals stands for every value that
/// rounds to it, half-up or half-down: the closed interval printed ± ½·10^−d.
/// </summary>
public static class Rounding
{
    /// <summary>The interval a value printed with <paramref name="decimals"/> decimals stands for.</summary>
    /// <param name="printed">The value as printed.</param>
    /// <param name="decimals">Digits after the decimal point as printed (0 for an integer); negative is treated as 0.</param>
    public static Interval Around(double printed, int decimals)
    {
        double half = 0.5 * Math.Pow(10, -Math.Max(0, decimals));
        return new Interval(printed - half, printed + half);
    }

    /// <summary>True when rounding <paramref name="exact"/> to <paramref name="decimals"/> decimals (half-up or half-down) can give <paramref name="printed"/>.</summary>
    public static bool Reproduces(double exact, double printed, int decimals) => Around(printed, decimals).Contains(exact);

    /// <summary>True when some value of <paramref name="range"/> rounds to <paramref name="printed"/> at <paramref name="decimals"/> decimals.</summary>
    public static bool Reproduces(Interval range, double printed, int decimals) => Around(printed, decimals).Overlaps(range);
}
