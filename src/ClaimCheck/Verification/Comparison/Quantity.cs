using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Comparison;

/// <summary>
/// A number as compared: its key, the printed number it comes from, the values it can stand for (its rounding
/// interval, or for a derived quantity the interval it implies), and the group it is about when the claim names one.
/// </summary>
internal sealed record Quantity(QuantityKey Key, ReportedNumber Number, Interval Range, string? Arm)
{
    /// <summary>A printed number's quantity: its rounding interval.</summary>
    internal static Quantity Of(QuantityKey key, ReportedNumber number, string? arm = null) => new(key, number, Printed.Range(number), arm);
}
