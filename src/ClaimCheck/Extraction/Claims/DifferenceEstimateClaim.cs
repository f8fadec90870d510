using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A difference estimate with its interval and p-value when printed:
/// <c>difference of 12.86 (95% CI: 1.44–24.28)</c>, <c>median difference was −13.31%, 95% CI −29.14%, 2.13%, P = 0.080</c>. Immutable.
/// </summary>
public sealed record DifferenceEstimateClaim : Claim, IEstimateClaim
{
    internal DifferenceEstimateClaim(TextSpan span, string text, TextSpan sentenceSpan, DifferenceMeasure measure, ReportedNumber estimate, ReportedNumber? spread, string? unit, ConfidenceInterval? interval, PValue? p)
        : base(span, text, sentenceSpan)
    {
        Measure = measure;
        Estimate = estimate;
        Spread = spread;
        Unit = unit;
        Interval = interval;
        P = p;
    }

    /// <summary>Mean, median, standardized, or unspecified.</summary>
    public DifferenceMeasure Measure { get; internal init; }

    /// <summary>The point estimate (its <see cref="ReportedNumber.IsPercent"/> tells percentage points).</summary>
    public ReportedNumber Estimate { get; internal init; }

    /// <summary>The value printed after the estimate with ± ("130 ± 24 mL": an SE or SD the text does not name), or null.</summary>
    public ReportedNumber? Spread { get; internal init; }

    /// <summary>The unit printed after the estimate ("m", "mmHg", "points"), or null.</summary>
    public string? Unit { get; internal init; }

    /// <summary>The interval, or null when none is printed.</summary>
    public ConfidenceInterval? Interval { get; internal init; }

    /// <summary>The p-value printed with the estimate, or null.</summary>
    public PValue? P { get; internal init; }

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
