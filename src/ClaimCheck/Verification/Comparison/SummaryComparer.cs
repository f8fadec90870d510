using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;
using ClaimCheck.Verification.Rules.Language;

namespace ClaimCheck.Verification.Comparison;

/// <summary>
/// Compares a summary with its source: a number for the same quantity must agree within rounding
/// (CC4001), a number the source does not have is noted (CC4002, Info), and a claim of benefit or
/// significance must not go beyond what the source's results for that outcome show (CC4003).
/// </summary>
internal static class SummaryComparer
{
    /// <summary>Shared terms two sentences need to speak of the same quantity.</summary>
    private const int MinimumSharedTerms = 2;

    internal static void Compare(ClaimSide summary, ClaimSide source, double alpha, Action<RuleDescriptor, Location, IEnumerable<Location>, Severity?, object[]> report)
    {
        CompareNumbers(summary, source, report);
        CompareClaims(summary, source, alpha, report);
    }

    private static void CompareNumbers(ClaimSide summary, ClaimSide source, Action<RuleDescriptor, Location, IEnumerable<Location>, Severity?, object[]> report)
    {
        foreach (var item in summary.Items)
        {
            if (ClaimSide.Headline(item.Claim) is not { } number)
            {
                continue;
            }

            var kind = ClaimSide.CompareKind(item.Claim);
            bool signless = kind == ClaimKind.DifferenceEstimate;
            var sameKind = source.Items.Where(s => ClaimSide.CompareKind(s.Claim) == kind && ClaimSide.Headline(s.Claim) is not null).ToList();
            if (sameKind.Any(s => ClaimSide.Agree(number, ClaimSide.Headline(s.Claim)!.Value, signless)))
            {
                continue;
            }

            var best = sameKind.Select(s => (Item: s, Shared: s.Terms.Intersect(item.Terms).Count())).OrderByDescending(s => s.Shared).FirstOrDefault();
            var at = Location.In(summary.Source, number.Span);
            if (best.Item is not null && best.Shared >= MinimumSharedTerms)
            {
                var other = ClaimSide.Headline(best.Item.Claim)!.Value;
                report(SummaryRules.NumberDiffers, at, [Location.In(source.Source, other.Span)], null,
                    [number.ToString(), other.ToString(), Shorten(best.Item.Sentence), Printed.F(Printed.Range(number), number.Decimals + 1), Printed.F(Printed.Range(other), other.Decimals + 1)]);
            }
            else
            {
                report(SummaryRules.NumberAbsent, at, [], null, [number.ToString(), Shorten(item.Sentence)]);
            }
        }
    }

    private static void CompareClaims(ClaimSide summary, ClaimSide source, double alpha, Action<RuleDescriptor, Location, IEnumerable<Location>, Severity?, object[]> report)
    {
        var sourceEvidence = Evidence(source, alpha);
        foreach (var item in summary.Items)
        {
            if (item.Claim is not SignificanceStatement { Wording: SignificanceWording.Significant or SignificanceWording.Benefit } statement || statement.IsHedged)
            {
                continue;
            }

            var matched = sourceEvidence.Where(e => e.Terms.Intersect(item.Terms).Count() >= MinimumSharedTerms && SharesOutcome(e.Terms, item.Terms)).ToList();
            if (matched.Count == 0 || matched.Any(e => e.Significant))
            {
                continue;
            }

            report(SummaryRules.Overstates, Location.In(summary.Source, statement.Span), matched.Select(e => Location.In(source.Source, e.Span)), null,
                [statement.Text, Shorten(item.Sentence), string.Join("; ", matched.Select(e => e.Citation).Distinct().Take(3))]);
        }
    }

    // A result its printed numbers cannot decide counts as possibly significant: it never makes a summary's claim an overstatement.
    private sealed record SourceResult(Text.TextSpan Span, bool Significant, string Citation, HashSet<string> Terms);

    private static List<SourceResult> Evidence(ClaimSide source, double alpha)
    {
        var results = new List<SourceResult>();
        foreach (var sentence in source.Items.GroupBy(i => i.Claim.SentenceSpan))
        {
            var first = sentence.First();
            var numeric = ResultSignificance.Of(source.Source.Text, sentence.Select(i => i.Claim).ToList(), alpha).ToList();
            results.AddRange(numeric.Select(r => new SourceResult(r.Claim.Span, r.Significant ?? true, $"{r.Citation} in \"{Shorten(first.Sentence)}\"", first.Terms)));
            if (numeric.Count > 0)
            {
                continue;
            }

            foreach (var s in sentence.Select(i => i.Claim).OfType<SignificanceStatement>())
            {
                if (s.Wording is SignificanceWording.NoDifference or SignificanceWording.NotSignificant)
                {
                    results.Add(new SourceResult(s.Span, false, $"'{s.Text}' in \"{Shorten(first.Sentence)}\"", first.Terms));
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

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "…";
}
