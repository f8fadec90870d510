using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Verification.Rules.Changes;

/// <summary>
/// CC2016 (Info): a relative change in a risk ("cut the risk by 44%", "27% more likely") in a text that gives no
/// absolute risk anywhere — no share of a group (a fraction in words such as "half of the patients" does not count), no compared values, no absolute risk reduction or NNT, no change in
/// percentage points or from one percentage to another. Risk-literacy checklists ask for the absolute numbers. Once per text.
/// </summary>
internal sealed class RelativeWithoutAbsoluteRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.RelativeWithoutAbsolute,
        "Relative change with no absolute risk",
        "'{0}' is a relative change; the text gives no absolute risk (how many in each group had the outcome), so the size of the benefit or harm cannot be judged",
        RuleCategory.Estimates,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        var first = context.Claims.OfType<RelativeChangeClaim>()
            .FirstOrDefault(c => c.About is not null && c.Direction != ChangeDirection.Unstated && c.Form is not (RelativeChangeForm.FromTo or RelativeChangeForm.PercentagePoints));
        if (first is null || context.Claims.Any(IsAbsolute))
        {
            return;
        }

        context.Report(Rule, first.Span, [], null, first.Text);
    }

    private static bool IsAbsolute(Claim c) => c switch
    {
        // "about half of the patients had HbA1c ≥ 8%": a fraction in words describes the people far more often than it
        // gives an outcome's risk, and it is no number a reader can weigh a relative change against.
        ProportionClaim p => p.Percent is not { IsRoundFigure: true } || p.Count is not null,
        GroupComparisonClaim => true,
        RiskQuantityClaim q => q.Quantity != RiskQuantity.RelativeRiskReduction,
        RelativeChangeClaim r => r.Form is RelativeChangeForm.FromTo or RelativeChangeForm.PercentagePoints,
        RatioEstimateClaim r => r.Measure == RatioMeasure.RiskDifference,
        _ => false,
    };
}
