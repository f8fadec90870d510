using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A ratio estimate with its interval and p-value when printed:
/// <c>odds ratio [OR] = 1.68, 95% confidence interval [CI]: 0.65–4.34</c>, <c>HR 0.75 [0.50‐1.13]; p= 0.17</c>. Immutable.
/// </summary>
public sealed record RatioEstimateClaim : Claim, IEstimateClaim
{
    internal RatioEstimateClaim(TextSpan span, string text, TextSpan sentenceSpan, RatioMeasure measure, bool isAdjusted, string measureText, ReportedNumber estimate, ConfidenceInterval? interval, PValue? p)
        : base(span, text, sentenceSpan)
    {
        Measure = measure;
        IsAdjusted = isAdjusted;
        MeasureText = measureText;
        Estimate = estimate;
        Interval = interval;
        P = p;
    }

    /// <summary>Which ratio.</summary>
    public RatioMeasure Measure { get; internal init; }

    /// <summary>True for an adjusted estimate (aOR, "adjusted odds ratio").</summary>
    public bool IsAdjusted { get; internal init; }

    /// <summary>The measure's name as written ("odds ratio [OR]", "aOR").</summary>
    public string MeasureText { get; internal init; }

    /// <summary>The point estimate.</summary>
    public ReportedNumber Estimate { get; internal init; }

    /// <summary>The interval, or null when none is printed.</summary>
    public ConfidenceInterval? Interval { get; internal init; }

    /// <summary>The p-value printed with the estimate, or null.</summary>
    public PValue? P { get; internal init; }

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
