using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>
/// CC2001: the point estimate lies outside its own confidence interval, even allowing for rounding of all
/// three. A difference printed as a magnitude ("reduced by 32% (95% CI −42 to −21)") is not flagged.
/// </summary>
internal sealed class EstimateOutsideIntervalRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.EstimateOutsideInterval,
        "Estimate outside its confidence interval",
        "the {0} {1} lies outside its interval {2} to {3} (with rounding, the estimate is in {4} and the interval reaches {5})",
        RuleCategory.Estimates,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var e in context.Links.Estimates)
        {
            if (e.Interval is not { } ci)
            {
                continue;
            }

            // A reversed (or garbled) interval has no inside to speak of: CC2002 reports it.
            if (Printed.Range(ci.Lower).Lower > Printed.Range(ci.Upper).Upper)
            {
                continue;
            }

            var estimate = Printed.Range(e.Value);
            var lower = Printed.Range(ci.Lower);
            var upper = Printed.Range(ci.Upper);
            // A reversed interval is CC2002's finding; here the interval is read in order.
            var reach = new Statistics.Interval(Math.Min(lower.Lower, upper.Lower), Math.Max(lower.Upper, upper.Upper));
            // "reduced by 32% (95% CI −42 to −21)": a decrease printed as a magnitude beside a signed interval.
            bool signConvention = !e.IsRatio && new Statistics.Interval(-estimate.Upper, -estimate.Lower).Overlaps(reach);
            // "71.4% (95% CI 0.52–0.91)": the estimate in percent, its interval as a fraction.
            bool percentScale = e.Value.Value > 1 && new Statistics.Interval(estimate.Lower / 100, estimate.Upper / 100).Overlaps(reach);
            if ((estimate.Upper < reach.Lower || estimate.Lower > reach.Upper) && !signConvention && !percentScale)
            {
                int d = Math.Max(e.Value.Decimals, Math.Max(ci.Lower.Decimals, ci.Upper.Decimals)) + 1;
                context.Report(Rule, e.Value.Span, [ci.Span, e.Claim.Span], null,
                    e.Name, e.Value.Text, ci.Lower.Text, ci.Upper.Text, Printed.F(estimate, d), Printed.F(reach, d));
            }
        }
    }
}
