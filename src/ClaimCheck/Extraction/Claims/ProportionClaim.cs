using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A share of a group: <c>23/49</c>, <c>23 of 49 (46.9%)</c>, <c>46.94% (23/49)</c>, <c>23 (46.9%)</c>,
/// or a percentage of a group alone (<c>17.9% of patients</c>). At least one of
/// <see cref="Percent"/> or <see cref="Count"/> with <see cref="Total"/> is present. Thresholds
/// (<c>93% or lower</c>, <c>&gt; 50%</c>) and percentage changes (<c>reduced by 30%</c>) are not proportions
/// and give no claim. Immutable.
/// </summary>
public sealed record ProportionClaim : Claim
{
    internal ProportionClaim(TextSpan span, string text, TextSpan sentenceSpan, ReportedNumber? count, ReportedNumber? total, ReportedNumber? percent, ConfidenceInterval? interval, string? groupLabel, bool totalFromContext)
        : base(span, text, sentenceSpan)
    {
        Count = count;
        Total = total;
        Percent = percent;
        Interval = interval;
        GroupLabel = groupLabel;
        TotalFromContext = totalFromContext;
    }

    /// <summary>The numerator k, or null when only a percentage is given.</summary>
    public ReportedNumber? Count { get; internal init; }

    /// <summary>The denominator n, or null when not stated in the claim (see <see cref="TotalFromContext"/>).</summary>
    public ReportedNumber? Total { get; internal init; }

    /// <summary>The printed percentage, or null when none. In "4.3 versus 0.9%" the first value shares the second's sign, so its <see cref="ReportedNumber.IsPercent"/> is false.</summary>
    public ReportedNumber? Percent { get; internal init; }

    /// <summary>A confidence interval printed with the proportion (<c>87.2% (567/650, 95% CI 84.4% to 89.6%)</c>), or null.</summary>
    public ConfidenceInterval? Interval { get; internal init; }

    /// <summary>The group the sentence names for the proportion ("MSC group", "placebo group"), or null.</summary>
    public string? GroupLabel { get; internal init; }

    /// <summary>True when <see cref="Total"/> was not printed in the claim but taken from the group's size stated elsewhere in the block (done by linking, so claims from <see cref="ClaimExtractor"/> alone never have it); its span then lies outside <see cref="Claim.Span"/>.</summary>
    public bool TotalFromContext { get; internal init; }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Proportion;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("Proportion").Add("k", Count).Add("n", Total).Add("pct", Percent).Interval(Interval).Add("label", GroupLabel).Flag("ctx", TotalFromContext);

    /// <inheritdoc/>
    public override ReportedNumber? Headline => Percent ?? Count;

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers
        => new[] { Count, Total, Percent, Interval?.Level, Interval?.Lower, Interval?.Upper }.OfType<ReportedNumber>().OrderBy(n => n.Span.Start);
}
