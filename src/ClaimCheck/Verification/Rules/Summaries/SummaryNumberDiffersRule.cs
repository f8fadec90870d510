using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;
using ClaimCheck.Verification.Comparison;

namespace ClaimCheck.Verification.Rules.Summaries;

/// <summary>
/// CC4001: a summary number for the same quantity as a source number (their sentences share at least
/// <see cref="ComparisonContext.MinimumSharedTerms"/> terms) that does not agree with it within rounding.
/// </summary>
internal sealed class SummaryNumberDiffersRule : ComparisonRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.SummaryNumberDiffers,
        "Summary number differs from its source",
        "the summary gives {0} where the source gives {1} for the same quantity (\"{2}\"); {0} stands for {3} and {1} for {4}, which do not meet",
        RuleCategory.Summaries,
        Severity.Warning);

    internal override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    internal override void Analyze(ComparisonContext context)
    {
        foreach (var (_, number, best, shared) in context.UnmatchedNumbers)
        {
            if (best is null || shared < ComparisonContext.MinimumSharedTerms)
            {
                continue;
            }

            var other = ClaimSide.Headline(best.Claim)!.Value;
            context.Report(Rule, Location.In(context.Summary.Source, number.Span), [Location.In(context.Source.Source, other.Span)],
                number.ToString(), other.ToString(), ComparisonContext.Shorten(best.Sentence), Printed.F(Printed.Range(number), number.Decimals + 1), Printed.F(Printed.Range(other), other.Decimals + 1));
        }
    }
}
