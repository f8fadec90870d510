using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Counts;

/// <summary>CC1001: a printed percentage lies outside the rounding interval of its own k/n (Info when it is k/n truncated).</summary>
internal sealed class PercentMismatchRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.PercentMismatch,
        "Percentage does not match its count",
        "{0}% is not {1}/{2}: {1}/{2} = {3}%, and the printed {0}% stands for {4} (any value that rounds to it), which does not contain it{5}",
        RuleCategory.Counts,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var p in context.Extraction.Claims.OfType<ProportionClaim>())
        {
            if (p is not { Count: { } k, Total: { } n, Percent: { } percent } || p.TotalFromContext || !Printed.IsCount(k) || !Printed.IsCount(n) || n.Value == 0 || k.Value > n.Value)
            {
                continue;
            }

            double exact = 100 * k.Value / n.Value;
            var printed = Printed.Range(percent);
            if (!printed.Contains(exact))
            {
                // 26/51 = 50.98% printed as 50.9%: cut off rather than rounded, a habit more than an error.
                double unit = Math.Pow(10, -percent.Decimals);
                bool truncated = exact >= percent.Value && exact < percent.Value + unit;
                context.Report(Rule, p.Span, [percent.Span, k.Span, n.Span], truncated ? Severity.Info : null,
                    percent.Text, k.Text, n.Text, Printed.F(exact, Math.Max(percent.Decimals + 2, 2)), Printed.F(printed, percent.Decimals + 1),
                    truncated ? $"; it is {k.Text}/{n.Text} truncated to {percent.Decimals} decimals instead of rounded" : string.Empty);
            }
        }
    }
}
