using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>
/// CC2005: the interval of an OR, RR or RD that matches its counts is reproduced by none of the
/// standard methods (OR: Woolf, Woolf with ½ added, exact, mid-p; RR: Katz log; RD: Wald, Newcombe).
/// Info: programs and methods vary.
/// </summary>
internal sealed class IntervalCountsRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.IntervalCounts,
        "Interval does not match the counts",
        "the interval {0} to {1} of {2} {3} is not what the counts {4} vs {5} give by {6}",
        RuleCategory.Estimates,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var pair in context.Links.Blocks.SelectMany(l => l.ProportionPairs))
        {
            var tables = CountsTable.Of(pair.First, pair.Second);
            foreach (var ratio in pair.Ratios)
            {
                // Only the orientation that reproduces the estimate is a reading of the text; without one, CC2004 speaks.
                var table = tables.FirstOrDefault(t => CountsTable.Measure(ratio, t) is { } v && Printed.Range(ratio.Estimate).Contains(v));
                if (ratio.Interval is not { } ci || table is null)
                {
                    continue;
                }

                double scale = ratio.Measure == RatioMeasure.RiskDifference && (ratio.Estimate.IsPercent || Math.Abs(ratio.Estimate.Value) > 1) ? 100 : 1;
                var lower = Printed.Range(ci.Lower);
                var upper = Printed.Range(ci.Upper);
                int d = Math.Max(ci.Lower.Decimals, ci.Upper.Decimals) + 1;
                var tried = new List<string>();
                bool reproduced = false;
                foreach (var method in CountsTable.Methods(ratio.Measure))
                {
                    if (table.ConfidenceInterval(method, ci.LevelOrDefault) is not { } computed)
                    {
                        continue;
                    }

                    double lo = computed.Lower * scale, hi = computed.Upper * scale;
                    reproduced |= lower.Contains(lo) && upper.Contains(hi);
                    tried.Add($"{Name(method)} ({Printed.F(lo, d)} to {Printed.F(hi, d)})");
                }

                if (!reproduced && tried.Count > 0)
                {
                    context.Report(Rule, ci.Span, [pair.First.Span, pair.Second.Span], null, ci.Lower.Text, ci.Upper.Text, ratio.MeasureText, ratio.Estimate.Text,
                        $"{table.A}/{table.N1}", $"{table.C}/{table.N0}", string.Join(", ", tried));
                }
            }
        }
    }

    private static string Name(IntervalMethod method) => method switch
    {
        IntervalMethod.Woolf => "Woolf",
        IntervalMethod.WoolfHaldane => "Woolf with ½ added",
        IntervalMethod.KatzLog => "Katz log",
        IntervalMethod.Wald => "Wald",
        IntervalMethod.Newcombe => "Newcombe",
        IntervalMethod.Exact => "exact",
        IntervalMethod.MidP => "mid-p",
        _ => method.ToString(),
    };
}
