using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Linking;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Counts;

/// <summary>
/// CC1004: arm sizes stated together do not add up to the total stated for the same stage
/// ("Seventeen patients … (n = 11) or placebo (n = 6)" adds up; "recruited 101 … received (n = 65)
/// or (n = 35)" is two stages and is not compared). Only near misses are reported (within 10% or 2 of
/// the total): a total far from the sum counts other people.
/// </summary>
internal sealed class GroupSumRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.GroupSum,
        "Group sizes do not add up",
        "the arm sizes {0} = {1} do not add up to the {2} stated in '{3}'{4}",
        RuleCategory.Counts,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var links in context.Links.Blocks)
        {
            foreach (var set in links.ArmSizeSets)
            {
                if (set.Arms.Any(a => !Printed.IsCount(a.Count)))
                {
                    continue;
                }

                double sum = set.Arms.Sum(a => a.Count.Value);
                // The total stands in the arms' sentence or in the sentence just before it.
                var previous = set.PreviousSentence;
                var candidates = set.TotalInSentence is { } inSentence
                    ? links.Totals.Where(t => t.Count == inSentence && SameStage(t.Stage, set.Stage)).ToList()
                    : links.Totals.Where(t => t.Count.SentenceSpan == previous && SameStage(t.Stage, set.Stage)).ToList();
                if (candidates.Count == 0 || candidates.Any(t => t.Count.Count.Value == sum))
                {
                    continue;
                }

                // "69 patients with 74 lesions … (n = 36) or (n = 38)": another number of the sentences is the sum, so the arms count that.
                if (set.SumPrinted || Outcome(context.SentenceAt(candidates[^1].Count.SentenceSpan)))
                {
                    continue;
                }

                // Arms counted after people left (completers, analysed) may be fewer than those randomised;
                // a total smaller than an arm, or far from the sum, counts something else (a subgroup, the exclusions).
                var total = candidates[^1];
                double stated = total.Count.Count.Value;
                if ((stated > sum && context.SentenceAt(set.Arms[0].SentenceSpan)?.Has(CueKind.Attrition) == true) || stated < set.Arms.Max(a => a.Count.Value)
                    || Math.Abs(stated - sum) > Math.Max(2, 0.1 * stated))
                {
                    continue;
                }

                string stage = total.Stage is null ? string.Empty : $" ({total.Stage})";
                context.Report(Rule, total.Count.Span, set.Arms.Select(a => a.Span), null,
                    string.Join(" + ", set.Arms.Select(a => a.Count.Text)), sum, total.Count.Text, total.Count.Text, stage);
            }
        }
    }

    /// <summary>True when the total's sentence counts events ("Seven patients died") or people per group, not people allocated.</summary>
    private static bool Outcome(Sentence? sentence) => sentence is not null && (sentence.Has(CueKind.Events) || sentence.Has(CueKind.PerGroup));

    /// <summary>A total counts the same people as the arms when the stages agree, or when either is unnamed and the total is of those allocated.</summary>
    private static bool SameStage(string? total, string? arms)
        => total == arms || (arms is null && (total is null || Stages.IsAllocation(total))) || (total is null && Stages.IsAllocation(arms));
}
