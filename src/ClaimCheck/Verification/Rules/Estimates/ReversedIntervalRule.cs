using ClaimCheck.Diagnostics;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>CC2002: interval bounds reversed (lower above upper beyond rounding), or a ratio's interval with a negative bound.</summary>
internal sealed class ReversedIntervalRule : Rule
{
    internal static readonly RuleDescriptor Rule = new(
        "CC2002",
        "Interval bounds reversed or impossible",
        "the interval {0} to {1} of the {2} {3}: {4}",
        "Estimates",
        Severity.Error);

    internal override RuleDescriptor Descriptor => Rule;

    internal override void Analyze(RuleContext context)
    {
        foreach (var e in EstimateView.All(context.Extraction.Claims))
        {
            if (e.Interval is not { } ci)
            {
                continue;
            }

            string? why = null;
            if (Printed.Range(ci.Lower).Lower > Printed.Range(ci.Upper).Upper)
            {
                why = "the lower bound is above the upper bound";
            }
            else if (e.IsRatio && (ci.Lower.Value < 0 || ci.Upper.Value < 0))
            {
                why = "a ratio cannot be negative";
            }

            if (why is not null)
            {
                context.Report(Rule, ci.Span, [e.Claim.Span], null, ci.Lower.Text, ci.Upper.Text, e.Name, e.Estimate.Text, why);
            }
        }
    }
}
