using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>A median with its interquartile range or range: <c>median 5 (IQR 3–8)</c>, <c>12 days (range 7–30)</c>. Immutable.</summary>
/// <param name="Span">From the median to the closing bracket of its range.</param>
/// <param name="Text">The source text of <paramref name="Span"/>.</param>
/// <param name="SentenceSpan">The span of the sentence.</param>
/// <param name="Median">The median.</param>
/// <param name="Lower">The first bound.</param>
/// <param name="Upper">The second bound.</param>
/// <param name="RangeKind">Interquartile range, range, or unstated.</param>
/// <param name="Unit">The unit printed after the median, or null.</param>
public sealed record MedianIqrClaim(
    TextSpan Span,
    string Text,
    TextSpan SentenceSpan,
    ReportedNumber Median,
    ReportedNumber Lower,
    ReportedNumber Upper,
    RangeKind RangeKind,
    string? Unit) : Claim(Span, Text, SentenceSpan)
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.MedianIqr;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("MedianIqr").Add("median", Median).Add("lo", Lower).Add("hi", Upper)
            .Add("kind", RangeKind switch { RangeKind.InterquartileRange => "IQR", RangeKind.Range => "range", _ => null }).Add("unit", Unit);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers => [Median, Lower, Upper];
}
