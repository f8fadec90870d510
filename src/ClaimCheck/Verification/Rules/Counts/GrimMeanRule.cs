using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Counts;

/// <summary>
/// CC1007 (GRIM for means): the mean of whole-number data over n people must be a whole number
/// divided by n. Checked only when the sentence says the data are counts and gives one n, and only
/// where n &lt; 10^decimals (beyond that every mean is possible).
/// </summary>
internal sealed class GrimMeanRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.GrimMean,
        "Mean impossible for its n (GRIM)",
        "a mean of whole numbers over n = {0} is a multiple of 1/{0}, and none lies in {1}, the interval the printed mean {2} stands for",
        RuleCategory.Counts,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var links in context.Links.Blocks)
        {
            foreach (var mean in links.Block.Claims.OfType<MeanSdClaim>())
            {
                if (context.Links.WholeNumberSize(mean.SentenceSpan) is not { } n
                    || n.Value >= Math.Pow(10, mean.Mean.Decimals) || mean.Mean.Exponent != 0 || mean.Mean.IsBounded)
                {
                    continue;
                }

                if (!Grim.PossibleSums(mean.Mean, n.Value).Any())
                {
                    context.Report(Rule, mean.Mean.Span, [n.Span], null, n.Text, Printed.F(Printed.Range(mean.Mean), mean.Mean.Decimals + 1), mean.Mean.Text);
                }
            }
        }
    }
}
