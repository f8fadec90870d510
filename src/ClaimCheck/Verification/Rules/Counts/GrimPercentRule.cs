using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Counts;

/// <summary>
/// CC1006 (GRIM for percentages): a percentage with a known n and no count, for which no whole number
/// k out of n gives the printed value. Skipped where n ≥ 10^(decimals + 2), where every percentage is
/// possible. Info when n comes from another sentence (the denominator may differ).
/// </summary>
internal sealed class GrimPercentRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.GrimPercent,
        "Percentage impossible for its n (GRIM)",
        "no whole number out of {0} gives {1}%: {2}/{0} = {3}% and {4}/{0} = {5}%, while {1}% stands for {6}",
        RuleCategory.Counts,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var block in context.Extraction.Blocks)
        {
            foreach (var p in block.Claims.OfType<ProportionClaim>())
            {
                if (p is not { Count: null, Percent: { } percent } || p.Total is not { } n || !Printed.IsCount(n) || n.Value == 0
                    || percent.IsBounded || percent.IsRoundFigure)
                {
                    // "more than 71% of 20" is a bound and "half of 49" a round figure, not values any k/n must round to.
                    continue;
                }

                Check(context, p, percent, n);
            }
        }
    }

    private static void Check(RuleContext context, ProportionClaim p, ReportedNumber percent, ReportedNumber n)
    {
        if (n.Value >= Math.Pow(10, percent.Decimals + 2))
        {
            return;
        }

        var printed = Printed.Range(percent);
        double below = Math.Floor(printed.Lower * n.Value / 100), above = Math.Ceiling(printed.Upper * n.Value / 100);
        bool possible = false;
        for (double k = Math.Max(0, below); k <= Math.Min(n.Value, above); k++)
        {
            possible |= printed.Contains(100 * k / n.Value);
        }

        if (!possible)
        {
            context.Report(Rule, percent.Span, [n.Span], null,
                n.Text, percent.Text, below, Printed.F(100 * below / n.Value, percent.Decimals + 2), below + 1,
                Printed.F(100 * (below + 1) / n.Value, percent.Decimals + 2), Printed.F(printed, percent.Decimals + 1));
        }
    }
}
