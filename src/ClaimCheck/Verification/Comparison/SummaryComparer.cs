using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;

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
        // The source's numbers by kind, indexed once: each summary number is looked up, not compared with every source number.
        var byKind = source.Items.Where(s => ClaimSide.Headline(s.Claim) is not null).GroupBy(s => ClaimSide.CompareKind(s.Claim))
            .ToDictionary(g => g.Key, g => (Items: g.ToList(), Ranges: new RangeIndex(g.Select(s => Printed.Range(ClaimSide.Headline(s.Claim)!.Value)))));
        // Keyed by the terms' content: sentences with the same terms (a page that repeats itself) share one search.
        var bestByTerms = new Dictionary<ClaimKind, Dictionary<HashSet<string>, (ClaimSide.Item? Item, int Shared)>>();
        foreach (var item in summary.Items)
        {
            if (ClaimSide.Headline(item.Claim) is not { } number)
            {
                continue;
            }

            var kind = ClaimSide.CompareKind(item.Claim);
            bool signless = kind == ClaimKind.DifferenceEstimate;
            var (sameKind, ranges) = byKind.TryGetValue(kind, out var found) ? found : ([], new RangeIndex([]));
            var range = Printed.Range(number);
            if (ranges.AnyOverlaps(range) || (signless && ranges.AnyOverlaps(new Statistics.Interval(-range.Upper, -range.Lower))))
            {
                continue;
            }

            // The items of one sentence share their terms: the best match is found once per sentence and kind.
            if (!bestByTerms.TryGetValue(kind, out var bestOfKind))
            {
                bestByTerms[kind] = bestOfKind = new(HashSet<string>.CreateSetComparer());
            }

            if (!bestOfKind.TryGetValue(item.Terms, out var best))
            {
                bestOfKind[item.Terms] = best = sameKind.Select(s => (Item: (ClaimSide.Item?)s, Shared: s.Terms.Intersect(item.Terms).Count())).OrderByDescending(s => s.Shared).FirstOrDefault();
            }

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
        var matches = new Dictionary<HashSet<string>, (List<SourceResult> Results, bool Overstated, string Citations)>(HashSet<string>.CreateSetComparer());
        foreach (var item in summary.Items)
        {
            if (item.Claim is not SignificanceStatement { Wording: SignificanceWording.Significant or SignificanceWording.Benefit } statement || statement.IsHedged)
            {
                continue;
            }

            // Matched, judged and cited once per set of terms (a sentence's items share theirs; a repeated sentence has the same).
            if (!matches.TryGetValue(item.Terms, out var match))
            {
                var found = sourceEvidence.Where(e => e.Terms.Intersect(item.Terms).Count() >= MinimumSharedTerms && SharesOutcome(e.Terms, item.Terms)).ToList();
                bool overstated = found.Count > 0 && !found.Any(e => e.Significant);
                matches[item.Terms] = match = (found, overstated, overstated ? string.Join("; ", found.Select(e => e.Citation).Distinct().Take(3)) : string.Empty);
            }

            if (!match.Overstated)
            {
                continue;
            }

            report(SummaryRules.Overstates, Location.In(summary.Source, statement.Span), match.Results.Select(e => Location.In(source.Source, e.Span)), null,
                [statement.Text, Shorten(item.Sentence), match.Citations]);
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
            var numeric = ResultEvidence.Of(source.Document, sentence.Select(i => i.Claim).ToList(), alpha).ToList();
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
