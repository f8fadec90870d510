using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Changes;

/// <summary>
/// The ratio of two arms' values as a change states it: the larger over the smaller for an increase, the smaller over
/// the larger for a decrease (the text does not always say which arm is which), with the rounding of both values.
/// </summary>
internal static class ArmRatio
{
    /// <summary>The ratio interval, or null when a value may be zero or they overlap (no direction to read).</summary>
    internal static Interval? Of(BasisValue a, BasisValue b, ChangeDirection direction)
    {
        if (a.Range.Lower <= 0 || b.Range.Lower <= 0)
        {
            return null;
        }

        var (low, high) = a.Range.Upper <= b.Range.Lower ? (a.Range, b.Range) : b.Range.Upper <= a.Range.Lower ? (b.Range, a.Range) : (a.Range, b.Range);
        return direction == ChangeDirection.Increase
            ? new Interval(high.Lower / low.Upper, high.Upper / low.Lower)
            : new Interval(low.Lower / high.Upper, low.Upper / high.Lower);
    }

    /// <summary>The odds ratio of two shares (in percent), for a change worded in odds ("2.04 times increased odds"); null for counts.</summary>
    internal static Interval? OddsOf(BasisValue a, BasisValue b, ChangeDirection direction)
    {
        if (!a.IsShare || !b.IsShare || a.Range.Upper >= 100 || b.Range.Upper >= 100)
        {
            return null;
        }

        static Interval Odds(Interval p) => new(p.Lower / (100 - p.Lower), p.Upper / (100 - p.Upper));
        return Of(a with { Range = Odds(a.Range) }, b with { Range = Odds(b.Range) }, direction);
    }

    /// <summary>The difference of the two values, larger minus smaller, with rounding (in their units: points for percentages).</summary>
    internal static Interval Difference(BasisValue a, BasisValue b)
    {
        double lo = Math.Max(0, Math.Max(a.Range.Lower - b.Range.Upper, b.Range.Lower - a.Range.Upper));
        double hi = Math.Max(a.Range.Upper - b.Range.Lower, b.Range.Upper - a.Range.Lower);
        return new Interval(lo, hi);
    }
}
