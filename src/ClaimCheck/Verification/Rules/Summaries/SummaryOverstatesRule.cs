using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Linking;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Text;
using ClaimCheck.Verification.Comparison;
using ClaimCheck.Verification.Rules.Language;

namespace ClaimCheck.Verification.Rules.Summaries;

/// <summary>
/// CC4003: an unhedged claim of benefit or significance in the summary whose outcome the source reports,
/// where none of the source's results for that outcome is significant (a result its printed numbers
/// cannot decide counts as possibly significant and never makes a claim an overstatement).
/// </summary>
internal sealed class SummaryOverstatesRule : ComparisonRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.SummaryOverstates,
        "Summary overstates the source",
        "the summary says '{0}' (\"{1}\"), but the source's results for this are not significant: {2}",
        RuleCategory.Summaries,
        Severity.Warning);

    internal override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    internal override void Analyze(ComparisonContext context)
    {
        var sourceEvidence = Evidence(context.Source, context.Alpha);
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
        }
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
