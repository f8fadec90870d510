using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// An estimate printed with a confidence interval that is neither a named ratio nor a difference:
/// <c>85% (95% CI 80–90%)</c>, <c>−2.1 kg (95% CI −3.0 to −1.2)</c>. Immutable.
/// </summary>
/// <param name="Span">From the estimate to the end of the interval or p-value.</param>
/// <param name="Text">The source text of <paramref name="Span"/>.</param>
/// <param name="SentenceSpan">The span of the sentence.</param>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Unit">The unit printed after the estimate, or null.</param>
/// <param name="Interval">The interval.</param>
/// <param name="P">The p-value printed with the estimate, or null.</param>
public sealed record IntervalEstimateClaim(
    TextSpan Span,
    string Text,
    TextSpan SentenceSpan,
    ReportedNumber Estimate,
    string? Unit,
    ConfidenceInterval Interval,
    PValue? P) : Claim(Span, Text, SentenceSpan), IEstimateClaim
{
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
