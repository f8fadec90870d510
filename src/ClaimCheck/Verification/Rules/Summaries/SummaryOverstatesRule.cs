using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Linking;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Text;
using ClaimCheck.Verification.Comparison;
using ClaimCheck.Verification.Rules.Language;

namespace ClaimCheck.Verification.Rules.Summaries;

/// <summary>
/// CC4003: the summary claims more than its source about the same finding. Not significant → benefit: an
/// unhedged claim of benefit or significance in the summary whose outcome the source reports, where none of the
/// source's results for that outcome is significant (a result its printed numbers cannot decide counts as
/// possibly significant and never makes a claim an overstatement). And the steps of claim strength
/// (<see cref="StrengthSteps"/>): correlation → cause, conditional → direct, hedged → unhedged, subgroup →
/// everyone. Info by default: the strength steps rest on a model (docs/accuracy.md gives their precision).
/// </summary>
internal sealed class SummaryOverstatesRule : ComparisonRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.SummaryOverstates,
        "Summary overstates the source",
        "the summary says '{0}' (\"{1}\"), but the source's results for this are not significant: {2}",
        RuleCategory.Summaries,
        Severity.Info);

    /// <summary>The wording of a step of claim strength: the step, the summary's clause, the source's.</summary>
    internal static readonly RuleDescriptor StrengthRule = new(
        RuleIds.SummaryOverstates,
        "Summary overstates the source",
        "the summary claims more than its source ({0}): \"{1}\" where the source says \"{2}\"",
        RuleCategory.Summaries,
        Severity.Info);

    internal override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule, StrengthRule];

    internal override void Analyze(ComparisonContext context)
    {
        var sourceEvidence = Evidence(context.Source, context.Alpha);
        var flagged = new List<TextSpan>();
        var matches = new Dictionary<HashSet<string>, (List<SourceResult> Results, bool Overstated, string Citations)>(HashSet<string>.CreateSetComparer());
        foreach (var item in context.Summary.Items)
        {
            if (item.Claim is not SignificanceStatement { Wording: SignificanceWording.Significant or SignificanceWording.Benefit } statement || statement.IsHedged)
            {
                continue;
            }

            // Matched, judged and cited once per set of terms (a sentence's items share theirs; a repeated sentence has the same).
            if (!matches.TryGetValue(item.Terms, out var match))
            {
                var found = sourceEvidence.Where(e => e.Terms.Intersect(item.Terms).Count() >= ComparisonContext.MinimumSharedTerms && SharesOutcome(e.Terms, item.Terms)).ToList();
                bool overstated = found.Count > 0 && !found.Any(e => e.Significant);
                matches[item.Terms] = match = (found, overstated, overstated ? string.Join("; ", found.Select(e => e.Citation).Distinct().Take(3)) : string.Empty);
            }

            if (!match.Overstated)
            {
                continue;
            }

            context.Report(Rule, Location.In(context.Summary.Source, statement.Span), match.Results.Select(e => Location.In(context.Source.Source, e.Span)),
                statement.Text, ComparisonContext.Shorten(item.Sentence), match.Citations);
            flagged.Add(statement.SentenceSpan);
        }

        // A sentence already found to claim benefit for a non-significant result is not reported again for its wording.
        foreach (var step in StrengthSteps.Find(context.Summary, context.Source))
        {
            if (flagged.Any(f => f.Start <= step.Summary.Start && step.Summary.End <= f.End))
            {
                continue;
            }

            context.Report(StrengthRule, Location.In(context.Summary.Source, step.Summary), [Location.In(context.Source.Source, step.Source)],
                step.Name, Quote(context.Summary, step.Summary), Quote(context.Source, step.Source));
        }
    }

    /// <summary>A clause for a message, cut to 160 characters: the step's words must survive the cut.</summary>
    private static string Quote(ClaimSide side, TextSpan span)
    {
        string text = side.Quote(span).Trim();
        return text.Length <= 160 ? text : text[..157] + "…";
    }

    private sealed record SourceResult(TextSpan Span, bool Significant, string Citation, HashSet<string> Terms);

    private static List<SourceResult> Evidence(ClaimSide source, double alpha)
    {
        var results = new List<SourceResult>();
        foreach (var sentence in source.Items.GroupBy(i => i.Claim.SentenceSpan))
        {
            var first = sentence.First();
            var numeric = ResultEvidence.Of(source.Document, sentence.Select(i => i.Claim).ToList(), alpha).ToList();
            results.AddRange(numeric.Select(r => new SourceResult(r.Claim.Span, r.Significant ?? true, $"{r.Citation} in \"{ComparisonContext.Shorten(first.Sentence)}\"", first.Terms)));
            if (numeric.Count > 0)
            {
                continue;
            }

            foreach (var s in sentence.Select(i => i.Claim).OfType<SignificanceStatement>())
            {
                if (s.Wording is SignificanceWording.NoDifference or SignificanceWording.NotSignificant)
                {
                    results.Add(new SourceResult(s.Span, false, $"'{s.Text}' in \"{ComparisonContext.Shorten(first.Sentence)}\"", first.Terms));
                }
                else if (s.Wording == SignificanceWording.Significant)
                {
                    results.Add(new SourceResult(s.Span, true, s.Text, first.Terms));
                }
            }
        }

        return results;
    }

    /// <summary>True when the shared terms include an outcome group or a word other than the trial's generic vocabulary.</summary>
    private static bool SharesOutcome(HashSet<string> a, HashSet<string> b) => a.Intersect(b).Any(t => t.StartsWith("g:", StringComparison.Ordinal) || t.Length >= 5);
}
