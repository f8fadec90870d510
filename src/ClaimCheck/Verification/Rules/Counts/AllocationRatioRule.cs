using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Counts;

/// <summary>
/// CC1005: a stated allocation ratio ("2:1") that no split near it explains: the arms' shares differ
/// from the ratio's by more than 0.10 and by more than chance allows (2.5 binomial standard deviations:
/// 8 and 4 of 12 for 1:1 passes), so small deviations from dropouts pass (65 and 35 for 2:1 of 100).
/// </summary>
internal sealed class AllocationRatioRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.AllocationRatio,
        "Allocation ratio does not fit group sizes",
        "a {0} allocation of {1} would give about {2}, but the arms are {3}",
        RuleCategory.Counts,
        Severity.Info);

    private const double Tolerance = 0.10;

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var links in context.Links.Blocks)
        {
            // Only a ratio of allocation ("randomly assigned 2:1"), not a sex ratio; and only named arms.
            var ratio = links.Block.Claims.OfType<AllocationRatioClaim>().FirstOrDefault(r => r.Parts.Length == 2 && context.Links.Sentence(r.SentenceSpan).SpeaksOfAllocation);
            var arms = links.ArmSizeSets.FirstOrDefault(s => s.Arms.Count == 2 && s.Arms.All(a => Printed.IsCount(a.Count)) && s.Arms.Any(a => a.GroupLabel is not null));
            if (ratio is null || arms is null)
            {
                continue;
            }

            double r1 = ratio.Parts[0].Value, r2 = ratio.Parts[1].Value, n1 = arms.Arms[0].Count.Value, n2 = arms.Arms[1].Count.Value;
            if (r1 <= 0 || r2 <= 0 || n1 + n2 < 10)
            {
                continue;
            }

            double expected = r1 / (r1 + r2), observed = n1 / (n1 + n2);
            // The ratio may be written in the other order from the arms ("1:2 to placebo or drug").
            double deviation = Math.Min(Math.Abs(observed - expected), Math.Abs(observed - (1 - expected)));
            // Chance alone moves a small trial's split: allow 2.5 binomial standard deviations as well.
            double chance = 2.5 * Math.Sqrt(expected * (1 - expected) / (n1 + n2));
            if (deviation > Math.Max(Tolerance, chance))
            {
                double total = n1 + n2;
                string split = $"{Math.Round(total * Math.Max(expected, 1 - expected))} and {Math.Round(total * Math.Min(expected, 1 - expected))}";
                context.Report(Rule, ratio.Span, arms.Arms.Select(a => a.Span), null, ratio.Text, total, split, $"{arms.Arms[0].Count.Text} and {arms.Arms[1].Count.Text}");
            }
        }
    }
}
