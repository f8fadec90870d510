using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Verification.Rules.Counts;

/// <summary>CC1002: a proportion that cannot be: more events than people, a zero denominator, a negative count, over 100%.</summary>
internal sealed class ImpossibleProportionRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.ImpossibleProportion,
        "Impossible proportion",
        "'{0}' cannot be a proportion: {1}",
        RuleCategory.Counts,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var p in context.Extraction.Claims.OfType<ProportionClaim>())
        {
            string? why = null;
            if (p.Count is { } k && p.Total is { } n && !p.TotalFromContext)
            {
                why = n.Value == 0 ? $"its denominator is {n.Text}"
                    : k.Value > n.Value ? $"{k.Text} events are more than the {n.Text} people they are counted among"
                    : null;
            }

            if (why is null && p.Count is { } count && count.Value < 0)
            {
                why = $"the count {count.Text} is negative";
            }

            if (why is null && p.Percent is { } percent && (percent.Value - percent.HalfUnit > 100 || percent.Value + percent.HalfUnit < 0) && p.Count is not null)
            {
                why = $"{percent.Text}% of a group is outside 0–100%";
            }

            if (why is not null)
            {
                context.Report(Rule, p.Span, p.Numbers.Select(x => x.Span), null, p.Text, why);
            }
        }
    }
}
