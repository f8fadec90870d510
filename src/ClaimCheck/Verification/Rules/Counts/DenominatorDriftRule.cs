using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Text;

namespace ClaimCheck.Verification.Rules.Counts;

/// <summary>
/// CC1003: one named arm appears with different denominators in one block ("placebo is 29 in
/// '34.48% (10/29)' but 28 in '67.86% (19/28)'"). When a sentence gives a reason (adjustment, loss to
/// follow-up, a subgroup), the message quotes it; when it says outright that a subset was analysed (a subgroup or
/// attrition cue), the finding is Info.
/// </summary>
internal sealed class DenominatorDriftRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.DenominatorDrift,
        "Same group, different denominators",
        "{0} is {1} in '{2}' but {3} in '{4}'{5}",
        RuleCategory.Counts,
        Severity.Warning);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var links in context.Links.Blocks)
        {
            foreach (var arm in links.ArmProportions.GroupBy(a => a.Arm))
            {
                var first = arm.First().Proportion;
                var other = arm.Select(a => a.Proportion).FirstOrDefault(p => p.Total!.Value.Value != first.Total!.Value.Value);
                if (other is null)
                {
                    continue;
                }

                var sentence = context.SentenceAt(other.SentenceSpan);
                // A small drift of one arm (placebo 29 then 28 while the MSC arm stays 49) is the suspicious case; a
                // large one, or one where every arm changes between the two sentences, is an outcome measured in
                // another set of people.
                double a = first.Total!.Value.Value, b = other.Total!.Value.Value;
                bool allArmsChange = links.ArmProportions.Where(x => x.Arm != arm.Key).GroupBy(x => x.Arm).Any(g =>
                    g.FirstOrDefault(x => x.Proportion.SentenceSpan == first.SentenceSpan).Proportion is { } p1
                    && g.FirstOrDefault(x => x.Proportion.SentenceSpan == other.SentenceSpan).Proportion is { } p2
                    && p1.Total!.Value.Value != p2.Total!.Value.Value);
                bool large = Math.Abs(a - b) > 0.2 * Math.Max(a, b) || allArmsChange;
                bool subset = large || sentence is not null && (sentence.Has(CueKind.Subgroup) || sentence.Has(CueKind.Attrition));
                string? clause = sentence is null ? null : ExplanatoryClause(context, sentence);
                string note = large ? (allArmsChange ? " (the other arm changes too, so the two outcomes were probably measured in different sets of people)" : " (so different a size suggests a subset that this outcome was measured in)")
                    : subset ? $" (the text gives a reason: \"{Shorten(context.Quote(other.SentenceSpan))}\")"
                    : clause is not null ? $" (the text says \"{clause}\", which may explain it)"
                    : string.Empty;
                context.Report(Rule, other.Total!.Value.Span, [first.Total!.Value.Span, first.Span, other.Span], subset ? Severity.Info : null,
                    Label(first.GroupLabel ?? arm.Key), first.Total.Value.Text, first.Text, other.Total.Value.Text, other.Text, note);
            }
        }
    }

    private static string Label(string label)
    {
        string l = label.Trim();
        return l.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? l : "the " + l;
    }

    /// <summary>The words from an adjustment cue to the next comma ("After adjusting for China's dynamic zero-COVID-19 strategy"), quoted, when the sentence has one.</summary>
    private static string? ExplanatoryClause(RuleContext context, Sentence sentence)
    {
        foreach (var clause in sentence.Clauses)
        {
            if (clause.Cues.FirstOrDefault(c => c.Kind == CueKind.Adjusted) is { Kind: CueKind.Adjusted } cue)
            {
                string rest = context.Quote(TextSpan.FromBounds(cue.Span.Start, sentence.Span.End));
                int end = rest.IndexOf(',', StringComparison.Ordinal);
                return end > 0 ? rest[..end] : Shorten(rest);
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "…";
}
