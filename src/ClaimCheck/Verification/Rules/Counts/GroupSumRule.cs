using ClaimCheck.Diagnostics;
using ClaimCheck.Linking;

namespace ClaimCheck.Verification.Rules.Counts;

/// <summary>
/// CC1004: arm sizes stated together do not add up to the total stated for the same stage
/// ("Seventeen patients … (n = 11) or placebo (n = 6)" adds up; "recruited 101 … received (n = 65)
/// or (n = 35)" is two stages and is not compared).
/// </summary>
internal sealed class GroupSumRule : Rule
{
    internal static readonly RuleDescriptor Rule = new(
        "CC1004",
        "Group sizes do not add up",
        "the arm sizes {0} = {1} do not add up to the {2} stated in '{3}'{4}",
        "Counts",
        Severity.Warning);

    internal override RuleDescriptor Descriptor => Rule;

    internal override void Analyze(RuleContext context)
    {
        foreach (var links in context.Links)
        {
            foreach (var set in links.ArmSizeSets)
            {
                if (set.Arms.Any(a => !Printed.IsCount(a.Count)))
                {
                    continue;
                }

                double sum = set.Arms.Sum(a => a.Count.Value);
                var candidates = set.TotalInSentence is { } inSentence
                    ? [new StatedTotal(inSentence, set.Stage)]
                    : links.Totals.Where(t => t.Count.Span.Start < set.Arms[0].Span.Start && SameStage(t.Stage, set.Stage)).ToList();
                if (candidates.Count == 0 || candidates.Any(t => t.Count.Count.Value == sum))
                {
                    continue;
                }

                // Arms counted after people left (completers, analysed) may be fewer than those randomised.
                var total = candidates[^1];
                if (total.Count.Count.Value > sum && Stages.MentionsAttrition(set.SentenceText))
                {
                    continue;
                }

                string stage = total.Stage is null ? string.Empty : $" ({total.Stage})";
                context.Report(Rule, total.Count.Span, set.Arms.Select(a => a.Span), null,
                    string.Join(" + ", set.Arms.Select(a => a.Count.Text)), sum, total.Count.Text, total.Count.Text, stage);
            }
        }
    }

    private static bool SameStage(string? total, string? arms) => total is null || arms is null || total == arms;
}
