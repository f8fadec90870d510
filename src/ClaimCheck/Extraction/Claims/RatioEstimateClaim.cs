using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A ratio estimate with its interval and p-value when printed:
/// <c>odds ratio [OR] = 1.68, 95% confidence interval [CI]: 0.65–4.34</c>, <c>HR 0.75 [0.50‐1.13]; p= 0.17</c>. Immutable.
/// </summary>
/// <param name="Span">From the measure's name to the end of the interval or p-value.</param>
/// <param name="Text">The source text of <paramref name="Span"/>.</param>
/// <param name="SentenceSpan">The span of the sentence.</param>
/// <param name="Measure">Which ratio.</param>
/// <param name="IsAdjusted">True for an adjusted estimate (aOR, "adjusted odds ratio").</param>
/// <param name="MeasureText">The measure's name as written ("odds ratio [OR]", "aOR").</param>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Interval">The interval, or null when none is printed.</param>
/// <param name="P">The p-value printed with the estimate, or null.</param>
public sealed record RatioEstimateClaim(
    TextSpan Span,
    string Text,
    TextSpan SentenceSpan,
    RatioMeasure Measure,
    bool IsAdjusted,
    string MeasureText,
    ReportedNumber Estimate,
    ConfidenceInterval? Interval,
    PValue? P) : Claim(Span, Text, SentenceSpan), IEstimateClaim
{
    /// <inheritdoc/>
    public EstimateScale Scale => Measure == RatioMeasure.RiskDifference ? EstimateScale.Linear : EstimateScale.Log;

    /// <inheritdoc/>
    public override ReportedNumber? Headline => Estimate;

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.RatioEstimate;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("Ratio").Add("m", Measure switch { RatioMeasure.OddsRatio => "OR", RatioMeasure.RiskRatio => "RR", RatioMeasure.HazardRatio => "HR", RatioMeasure.IncidenceRateRatio => "IRR", _ => "RD" })
            .Flag("adj", IsAdjusted).Add("name", MeasureText).Add("est", Estimate).Interval(Interval).P(P);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers => ClaimNumbers.Of(Estimate, Interval, P);
}
