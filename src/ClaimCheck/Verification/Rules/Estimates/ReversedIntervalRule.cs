using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>CC2002: interval bounds reversed (lower above upper beyond rounding), or a ratio's interval with a negative bound.</summary>
internal sealed class ReversedIntervalRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.ReversedInterval,
        "Interval bounds reversed or impossible",
        "the interval {0} to {1} of the {2} {3}: {4}",
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

            string? why = null;
            // "−5.8 to −8.8 kg" for a loss of 7.3 kg lists the bounds by size, not in order: a convention, not an error.
            bool bySize = !e.IsRatio && Math.Sign(ci.Lower.Value) == Math.Sign(ci.Upper.Value) && Math.Abs(ci.Lower.Value) < Math.Abs(ci.Upper.Value);
            if (Printed.Range(ci.Lower).Lower > Printed.Range(ci.Upper).Upper && !bySize)
            {
                why = "the lower bound is above the upper bound";
            }
            else if (e.IsRatio && (ci.Lower.Value < 0 || ci.Upper.Value < 0))
            {
                why = "a ratio cannot be negative";
            }

            if (why is not null && LostMinus(e.Value, ci) is { } reading)
            {
                context.Report(Rule, ci.Span, [e.Claim.Span], null, ci.Lower.Text, ci.Upper.Text, e.Name, e.Value.Text,
                    why + $", unless a minus sign was lost in copying ('2' printed for '−', as PDF text often does): read so, the interval is {reading} and holds the estimate");
            }
            else if (why is not null)
            {
                // Bounds printed high to low around their estimate are an ordering slip (the message says so); anything else is an error.
                double lo = Math.Min(ci.Lower.Value, ci.Upper.Value), hi = Math.Max(ci.Lower.Value, ci.Upper.Value);
                bool contains = e.Value.Value >= lo - e.Value.HalfUnit && e.Value.Value <= hi + e.Value.HalfUnit && why.StartsWith("the lower", StringComparison.Ordinal);
                context.Report(Rule, ci.Span, [e.Claim.Span], null, ci.Lower.Text, ci.Upper.Text, e.Name, e.Value.Text,
                    contains ? why + " (the estimate lies between them, so they are only printed in the wrong order)" : why);
            }
        }
    }

    /// <summary>
    /// The interval as it reads when the lower bound's leading "2" (and perhaps the estimate's) is a lost minus sign,
    /// when that reading is ordered and holds the estimate within rounding; otherwise null.
    /// </summary>
    private static string? LostMinus(ReportedNumber estimate, ConfidenceInterval ci)
    {
        if (ci.Lower.LostMinusValue is not { } lower || lower > ci.Upper.Value + ci.Upper.HalfUnit)
        {
            return null;
        }

        double upper = ci.Upper.Value, slack = ci.Lower.HalfUnit + ci.Upper.HalfUnit + estimate.HalfUnit;
        bool holds = estimate.Value >= lower - slack && estimate.Value <= upper + slack
            || estimate.LostMinusValue is { } minusEstimate && minusEstimate >= lower - slack && minusEstimate <= upper + slack;
        return holds ? $"{Printed.F(lower, ci.Lower.Decimals)} to {ci.Upper.Text}" : null;
    }
}
