using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Counts;

/// <summary>
/// CC1008 (GRIMMER): for whole-number data the sum of squares is a whole number of the same parity as
/// the sum, so an SD is possible only if some such sum of squares gives it with a GRIM-possible mean.
/// Checked under the same conditions as CC1007, and only when the mean itself passes GRIM.
/// </summary>
internal sealed class GrimmerSdRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.GrimmerSd,
        "SD impossible for its n and mean (GRIMMER)",
        "no whole-number data of n = {0} with mean {1} have an SD in {2}, the interval the printed SD {3} stands for",
        RuleCategory.Counts,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var links in context.Links.Blocks)
        {
            foreach (var mean in links.Block.Claims.OfType<MeanSdClaim>())
            {
                if (mean.SpreadKind == SpreadKind.StandardError || context.Links.WholeNumberSize(mean.SentenceSpan) is not { } n
                    || n.Value < 2 || n.Value >= Math.Pow(10, mean.Mean.Decimals) || mean.Spread.Value < 0)
                {
                    continue;
                }

                var sums = Grim.PossibleSums(mean.Mean, n.Value).ToList();
                if (sums.Count == 0)
                {
                    continue;
                }

                var sd = Printed.Range(mean.Spread);
                bool possible = false;
                foreach (double t in sums)
                {
                    // Σx² = (n − 1)·s² + T²/n, a whole number with the parity of T.
                    double low = ((n.Value - 1) * Math.Max(0, sd.Lower) * Math.Max(0, sd.Lower)) + (t * t / n.Value);
                    double high = ((n.Value - 1) * sd.Upper * sd.Upper) + (t * t / n.Value);
                    double q = Math.Ceiling(low - 1e-9);
                    if (Math.Abs(q % 2) != Math.Abs(t % 2))
                    {
                        q++;
                    }

                    possible |= q <= high + 1e-9;
                }

                if (!possible)
                {
                    context.Report(Rule, mean.Spread.Span, [mean.Mean.Span, n.Span], null, n.Text, mean.Mean.Text, Printed.F(sd, mean.Spread.Decimals + 1), mean.Spread.Text);
                }
            }
        }
    }
}
