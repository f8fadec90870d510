using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A risk quantity named as such: <c>number needed to treat was 12</c>, <c>NNT = 12 (95% CI 8 to 25)</c>, <c>NNH 40</c>,
/// <c>absolute risk reduction of 8.3%</c>, <c>relative risk reduction, 44%</c>, and natural frequencies: <c>2 in every 1,000</c>,
/// <c>46 fewer deaths per 1,000</c>. Immutable.
/// </summary>
public sealed record RiskQuantityClaim : Claim
{
    internal RiskQuantityClaim(TextSpan span, string text, TextSpan sentenceSpan, RiskQuantity quantity, string name, ReportedNumber value, ConfidenceInterval? interval)
        : base(span, text, sentenceSpan)
    {
        Quantity = quantity;
        Name = name;
        Value = value;
        Interval = interval;
    }

    /// <summary>Which quantity the text names.</summary>
    public RiskQuantity Quantity { get; internal init; }

    /// <summary>The name as written ("NNT", "number needed to treat", "absolute risk reduction").</summary>
    public string Name { get; internal init; }

    /// <summary>The value as printed (a percent keeps its sign: "8.3%").</summary>
    public ReportedNumber Value { get; internal init; }

    /// <summary>The confidence interval printed with it, or null.</summary>
    public ConfidenceInterval? Interval { get; internal init; }

    /// <summary>
    /// How many people the value counts in when it is a natural frequency or a difference written as one ("1,000" of
    /// "46 fewer deaths per 1,000"): the risk is <see cref="Value"/> / <see cref="Per"/>. Null when the value is a percent
    /// or a number of people to treat.
    /// </summary>
    public ReportedNumber? Per { get; internal init; }

    /// <summary>
    /// The larger count of people when the natural frequency gives a range of them ("3,000" of "1 in every 2,000 to
    /// 3,000": a risk between 1/3,000 and 1/2,000, <see cref="Per"/> being the smaller); null for one count.
    /// </summary>
    public ReportedNumber? PerUpper { get; internal init; }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.RiskQuantity;

    /// <inheritdoc/>
    public override ReportedNumber? Headline => Value;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("Risk").Add("q", Quantity.ToString()).Add("name", Name).Add("value", Value).Add("per", Per).Add("perUpper", PerUpper).Interval(Interval);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers
        => new[] { Value, Per, PerUpper, Interval?.Level, Interval?.Lower, Interval?.Upper }.OfType<ReportedNumber>().OrderBy(n => n.Span.Start);
}
