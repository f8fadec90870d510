using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>A median with its interquartile range or range: <c>median 5 (IQR 3–8)</c>, <c>12 days (range 7–30)</c>. Immutable.</summary>
public sealed record MedianIqrClaim : Claim
{
    internal MedianIqrClaim(TextSpan span, string text, TextSpan sentenceSpan, ReportedNumber median, ReportedNumber lower, ReportedNumber upper, RangeKind rangeKind, string? unit)
        : base(span, text, sentenceSpan)
    {
        Median = median;
        Lower = lower;
        Upper = upper;
        RangeKind = rangeKind;
        Unit = unit;
    }

    /// <summary>The median.</summary>
    public ReportedNumber Median { get; internal init; }

    /// <summary>The first bound.</summary>
    public ReportedNumber Lower { get; internal init; }

    /// <summary>The second bound.</summary>
    public ReportedNumber Upper { get; internal init; }

    /// <summary>Interquartile range, range, or unstated.</summary>
    public RangeKind RangeKind { get; internal init; }

    /// <summary>The unit printed after the median, or null.</summary>
    public string? Unit { get; internal init; }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.MedianIqr;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("MedianIqr").Add("median", Median).Add("lo", Lower).Add("hi", Upper)
            .Add("kind", RangeKind switch { RangeKind.InterquartileRange => "IQR", RangeKind.Range => "range", _ => null }).Add("unit", Unit);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers => [Median, Lower, Upper];
}
