using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Comparison;

/// <summary>
/// Printed numbers' rounding intervals, sorted by lower end with the widest reach so far, so that "does
/// any of them overlap this one" is a binary search instead of a scan: a summary of thousands of numbers
/// against a source of thousands stays proportional to their sizes. Answers exactly as
/// <see cref="Interval.Overlaps"/> with its floating-point allowance.
/// </summary>
internal sealed class RangeIndex
{
    private readonly Interval[] _all;
    private readonly (Interval Wide, Interval Exact)[] _sorted;
    private readonly double[] _maxUpper;
    private readonly int[] _witness;

    internal RangeIndex(IEnumerable<Interval> ranges)
    {
        _all = [.. ranges];
        // An interval with a NaN end overlaps nothing; it is left out of the index (and of the fallback scan it changes nothing).
        _sorted = [.. _all.Where(r => !double.IsNaN(r.Lower) && !double.IsNaN(r.Upper)).Select(r => (Widen(r), r)).OrderBy(r => r.Item1.Lower)];
        _maxUpper = new double[_sorted.Length];
        _witness = new int[_sorted.Length];
        for (int i = 0; i < _sorted.Length; i++)
        {
            bool higher = i == 0 || _sorted[i].Wide.Upper > _maxUpper[i - 1];
            _maxUpper[i] = higher ? _sorted[i].Wide.Upper : _maxUpper[i - 1];
            _witness[i] = higher ? i : _witness[i - 1];
        }
    }

    /// <summary>True when some interval of the index overlaps <paramref name="range"/> (<see cref="Interval.Overlaps"/>).</summary>
    internal bool AnyOverlaps(Interval range)
    {
        if (_sorted.Length == 0 || double.IsNaN(range.Lower) || double.IsNaN(range.Upper))
        {
            return _all.Any(r => range.Overlaps(r));
        }

        // Widened by the allowance, overlapping is necessary for Overlaps; the interval reaching furthest among
        // those starting before the range's end is the one to try.
        var wide = Widen(range);
        int low = 0, high = _sorted.Length;
        while (low < high)
        {
            int mid = low + ((high - low) / 2);
            if (_sorted[mid].Wide.Lower <= wide.Upper)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        if (low == 0 || _maxUpper[low - 1] < wide.Lower)
        {
            return false;
        }

        // A near miss within the allowance (about 1e-9 of the values) is settled by the exact test on every interval.
        return range.Overlaps(_sorted[_witness[low - 1]].Exact) || _all.Any(r => range.Overlaps(r));
    }

    private static double Slack(Interval r) => 2e-9 * Math.Max(1.0, Math.Max(Math.Abs(r.Lower), Math.Abs(r.Upper)));

    private static Interval Widen(Interval r)
    {
        double slack = Slack(r);
        // An infinite end (a number of hundreds of digits) gives an infinite allowance: the whole line, never NaN.
        return double.IsFinite(slack) ? new(r.Lower - slack, r.Upper + slack) : new(double.NegativeInfinity, double.PositiveInfinity);
    }
}
