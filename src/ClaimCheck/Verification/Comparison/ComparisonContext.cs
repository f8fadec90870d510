using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Verification.Rules.Summaries;

namespace ClaimCheck.Verification.Comparison;

/// <summary>
/// What a <see cref="ComparisonRule"/> sees: a summary's claims and its source's (two documents, or a
/// thread's commentary and its quoted article text), α, and a report sink. The number matching that
/// CC4001 and CC4002 share is computed once, on first use. Not thread-safe (one comparison, one thread).
/// </summary>
internal sealed class ComparisonContext
{
    /// <summary>Shared terms two sentences need to speak of the same quantity.</summary>
    internal const int MinimumSharedTerms = 2;

    private readonly Action<RuleDescriptor, Location, IEnumerable<Location>, object[]> _report;
    private ImmutableArray<RuleDescriptor> _declared;
    private List<NumberMatch>? _unmatched;

    internal ComparisonContext(ClaimSide summary, ClaimSide source, double alpha, Action<RuleDescriptor, Location, IEnumerable<Location>, object[]> report)
    {
        Summary = summary;
        Source = source;
        Alpha = alpha;
        _report = report;
    }

    /// <summary>The CC4001–CC4003 rules, in the order they run.</summary>
    internal static ImmutableArray<ComparisonRule> Rules { get; } = [new SummaryNumberDiffersRule(), new SummaryNumberAbsentRule(), new SummaryOverstatesRule()];

    internal ClaimSide Summary { get; }

    internal ClaimSide Source { get; }

    internal double Alpha { get; }

    /// <summary>A summary number no source number of its kind agrees with, and the source claim of that kind whose sentence shares most terms with its own (null when there is none).</summary>
    internal sealed record NumberMatch(ClaimSide.Item Item, ReportedNumber Number, ClaimSide.Item? Best, int Shared);

    /// <summary>The summary's numbers that no source number of the same kind agrees with, in the summary's order.</summary>
    internal IReadOnlyList<NumberMatch> UnmatchedNumbers => _unmatched ??= MatchNumbers();

    /// <summary>Runs every rule of <see cref="Rules"/> over <paramref name="context"/>.</summary>
    internal static void RunAll(ComparisonContext context)
    {
        foreach (var rule in Rules)
        {
            context._declared = rule.SupportedRules;
            rule.Analyze(context);
        }
    }

    /// <summary>Reports a finding of the running rule at <paramref name="at"/> (in the summary), with <paramref name="also"/> (in the source).</summary>
    internal void Report(RuleDescriptor descriptor, Location at, IEnumerable<Location> also, params object[] args)
    {
        if (!_declared.Any(d => d.Id == descriptor.Id))
        {
            throw new InvalidOperationException($"A comparison rule reported {descriptor.Id}, which is not in its SupportedRules.");
        }

        _report(descriptor, at, also, args);
    }

    private List<NumberMatch> MatchNumbers()
    {
        // The source's numbers by kind, indexed once: each summary number is looked up, not compared with every source number.
        var byKind = Source.Items.Where(s => ClaimSide.Headline(s.Claim) is not null).GroupBy(s => ClaimSide.CompareKind(s.Claim))
            .ToDictionary(g => g.Key, g => (Items: g.ToList(), Ranges: new RangeIndex(g.Select(s => Printed.Range(ClaimSide.Headline(s.Claim)!.Value)))));
        // Keyed by the terms' content: sentences with the same terms (a page that repeats itself) share one search.
        var bestByTerms = new Dictionary<ClaimKind, Dictionary<HashSet<string>, (ClaimSide.Item? Item, int Shared)>>();
        var unmatched = new List<NumberMatch>();
        foreach (var item in Summary.Items)
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

            unmatched.Add(new NumberMatch(item, number, best.Item, best.Shared));
        }

        return unmatched;
    }

    /// <summary>A sentence cut to 90 characters for a message.</summary>
    internal static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "…";
}
