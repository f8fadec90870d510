using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A difference estimate with its interval and p-value when printed:
/// <c>difference of 12.86 (95% CI: 1.44–24.28)</c>, <c>median difference was −13.31%, 95% CI −29.14%, 2.13%, P = 0.080</c>. Immutable.
/// </summary>
/// <param name="Span">From the word "difference" (or its qualifier) to the end of the interval or p-value.</param>
/// <param name="Text">The source text of <paramref name="Span"/>.</param>
/// <param name="SentenceSpan">The span of the sentence.</param>
/// <param name="Measure">Mean, median, standardized, or unspecified.</param>
/// <param name="Estimate">The point estimate (its <see cref="ReportedNumber.IsPercent"/> tells percentage points).</param>
/// <param name="Spread">The value printed after the estimate with ± ("130 ± 24 mL": an SE or SD the text does not name), or null.</param>
/// <param name="Unit">The unit printed after the estimate ("m", "mmHg", "points"), or null.</param>
/// <param name="Interval">The interval, or null when none is printed.</param>
/// <param name="P">The p-value printed with the estimate, or null.</param>
public sealed record DifferenceEstimateClaim(
    TextSpan Span,
    string Text,
    TextSpan SentenceSpan,
    DifferenceMeasure Measure,
    ReportedNumber Estimate,
    ReportedNumber? Spread,
    string? Unit,
    ConfidenceInterval? Interval,
    PValue? P) : Claim(Span, Text, SentenceSpan), IEstimateClaim
{
    /// <inheritdoc/>
    public EstimateScale Scale => EstimateScale.Linear;

    /// <inheritdoc/>
    public override ReportedNumber? Headline => Estimate;

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.DifferenceEstimate;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("Difference").Add("m", Measure.ToString()).Add("est", Estimate).Add("spread", Spread).Add("unit", Unit).Interval(Interval).P(P);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers
        => Spread is { } spread ? ClaimNumbers.Of(Estimate, Interval, P).Append(spread).OrderBy(n => n.Span.Start) : ClaimNumbers.Of(Estimate, Interval, P);
}
