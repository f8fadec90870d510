using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Verification.Comparison;

namespace ClaimCheck.Verification.Rules.Summaries;

/// <summary>
/// CC4002 (Info): a summary number that no source number agrees with and that no source sentence speaks
/// of (fewer than <see cref="ComparisonContext.MinimumSharedTerms"/> shared terms): it may come from the
/// full paper.
/// </summary>
internal sealed class SummaryNumberAbsentRule : ComparisonRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.SummaryNumberAbsent,
        "Summary number absent from the source",
        "{0} (in \"{1}\") is not in the source; it may come from the full paper or elsewhere",
        RuleCategory.Summaries,
        Severity.Info);

    internal override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    internal override void Analyze(ComparisonContext context)
    {
        foreach (var (item, quantity, best, _, shared) in context.UnmatchedNumbers)
        {
            if (best is not null && shared >= ComparisonContext.MinimumSharedTerms)
            {
                continue;
            }

            context.Report(Rule, Location.In(context.Summary.Source, quantity.Number.Span), [], quantity.Number.ToString(), ComparisonContext.Shorten(item.Sentence));
        }
    }
}
