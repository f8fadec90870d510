using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>
/// CC2004: an OR, RR or RD that the two proportions of its sentence cannot produce in either
/// orientation. The counts are exact, so only the printed estimate is widened to its rounding
/// interval. Info when the sentence says the estimate is adjusted.
/// </summary>
internal sealed class RatioCountsRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.RatioCounts,
        "Ratio does not match the counts",
        "{0} {1} does not follow from {2} vs {3}: the counts give {0} = {4} (or {5} the other way round), and {1} stands for {6}{7}",
        RuleCategory.Estimates,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var pair in context.Links.Blocks.SelectMany(l => l.ProportionPairs))
        {
            var tables = CountsTable.Of(pair.First, pair.Second);
            if (tables.Count == 0)
            {
                continue;
            }

            foreach (var ratio in pair.Ratios)
            {
                var values = tables.Select(t => CountsTable.Measure(ratio, t)).ToList();
                if (values.Any(v => v is null))
                {
                    continue;
                }

                var printed = Printed.Range(ratio.Estimate);
                if (values.Any(v => printed.Contains(v!.Value)))
                {
                    continue;
                }

                bool adjusted = ratio.IsAdjusted || context.SentenceAt(ratio.SentenceSpan)?.Has(CueKind.Adjusted) == true;
                int d = ratio.Estimate.Decimals + 2;
                context.Report(Rule, ratio.Estimate.Span, [pair.First.Span, pair.Second.Span], adjusted ? Severity.Info : null,
                    ratio.MeasureText, ratio.Estimate.Text, CountText(pair.First), CountText(pair.Second),
                    Printed.F(values[0]!.Value, d), Printed.F(values[1]!.Value, d), Printed.F(printed, d),
                    adjusted ? "; the estimate is adjusted, which may explain it" : string.Empty);
            }
        }
    }

    private static string CountText(ProportionClaim p) => $"{p.Count!.Value.Text}/{p.Total!.Value.Text}";
}
