using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Linking;

namespace ClaimCheck.Verification.Rules.Counts;

/// <summary>
/// CC1004: arm sizes stated together do not add up to the total stated for the same stage
/// ("Seventeen patients … (n = 11) or placebo (n = 6)" adds up; "recruited 101 … received (n = 65)
/// or (n = 35)" is two stages and is not compared). Only near misses are reported (within 10% or 2 of
/// the total): a total far from the sum counts other people.
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
                // The total stands in the arms' sentence or in the sentence just before it.
                var previous = links.Block.Block is null ? null : context.SentenceBefore(set.Arms[0].SentenceSpan);
                var candidates = set.TotalInSentence is { } inSentence
                    ? links.Totals.Where(t => t.Count == inSentence && SameStage(t.Stage, set.Stage)).ToList()
                    : links.Totals.Where(t => t.Count.SentenceSpan == previous && SameStage(t.Stage, set.Stage)).ToList();
                if (candidates.Count == 0 || candidates.Any(t => t.Count.Count.Value == sum))
                {
                    continue;
                }

                // "69 patients with 74 lesions … (n = 36) or (n = 38)": another number of the sentences is the sum, so the arms count that.
                if (SentenceHasNumber(context.SentenceText(set.Arms[0].SentenceSpan), sum)
                    || (previous is { } before && SentenceHasNumber(context.SentenceText(before), sum))
                    || Outcome(context.SentenceAt(candidates[^1].Count.SentenceSpan)))
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

    /// <summary>True when <paramref name="value"/> is printed in the sentence as a whole number ("939 were randomized").</summary>
    private static bool SentenceHasNumber(string sentence, double value)
    {
        string digits = ((long)value).ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (int at = sentence.IndexOf(digits, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(digits, at + 1, StringComparison.Ordinal))
        {
            int end = at + digits.Length;
            bool alone = (at == 0 || !char.IsAsciiDigit(sentence[at - 1]) && sentence[at - 1] != '.') && (end == sentence.Length || !char.IsAsciiDigit(sentence[end]));
            if (alone)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the total's sentence counts events ("Seven patients died") or people per group, not people allocated.</summary>
    private static bool Outcome(Sentence? sentence) => sentence is not null && (sentence.Has(CueKind.Events) || sentence.Has(CueKind.PerGroup));

    private static readonly string[] Allocation = ["randomized", "enrolled", "included", "recruited"];

    /// <summary>A total counts the same people as the arms when the stages agree, or when either is unnamed and the total is of those allocated.</summary>
    private static bool SameStage(string? total, string? arms)
        => total == arms || (arms is null && (total is null || Allocation.Contains(total))) || (total is null && Allocation.Contains(arms));
}
