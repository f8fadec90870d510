using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// An estimate printed with a confidence interval that is neither a named ratio nor a difference:
/// <c>85% (95% CI 80–90%)</c>, <c>−2.1 kg (95% CI −3.0 to −1.2)</c>. Immutable.
/// </summary>
public sealed record IntervalEstimateClaim : Claim, IEstimateClaim
{
    internal IntervalEstimateClaim(TextSpan span, string text, TextSpan sentenceSpan, ReportedNumber estimate, string? unit, ConfidenceInterval interval, PValue? p)
        : base(span, text, sentenceSpan)
    {
        Estimate = estimate;
        Unit = unit;
        Interval = interval;
        P = p;
    }

    /// <summary>The point estimate.</summary>
    public ReportedNumber Estimate { get; internal init; }

    /// <summary>The unit printed after the estimate, or null.</summary>
    public string? Unit { get; internal init; }

    /// <summary>The interval.</summary>
    public ConfidenceInterval Interval { get; internal init; }

    /// <summary>The p-value printed with the estimate, or null.</summary>
    public PValue? P { get; internal init; }

    /// <inheritdoc/>
    public EstimateScale Scale => EstimateScale.Either;

    /// <inheritdoc/>
    public override ReportedNumber? Headline => Estimate;

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.IntervalEstimate;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("Estimate").Add("est", Estimate).Add("unit", Unit).Interval(Interval).P(P);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers => ClaimNumbers.Of(Estimate, Interval, P);
}
