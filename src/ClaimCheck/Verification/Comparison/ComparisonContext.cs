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
    private (List<NumberMatch> Unmatched, List<EstimateMatch> Estimates, int Restated)? _matches;

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

    /// <summary>A summary number no source number of its key agrees with, and the source number of that key, about the same arm and (sub)group, whose sentence shares most terms with its own (null when there is none).</summary>
    internal sealed record NumberMatch(ClaimSide.Item Item, Quantity Quantity, ClaimSide.Item? Best, Quantity? BestQuantity, int Shared)
    {
        /// <summary>The summary's printed number.</summary>
        internal ReportedNumber Number => Quantity.Number;
    }

    /// <summary>A summary estimate whose value a source estimate of the same measure agrees with: the same result, whose interval and p are then compared.</summary>
    internal sealed record EstimateMatch(ClaimSide.Item Item, ClaimSide.Item Source, int Shared);

    /// <summary>The summary's numbers that no source number of the same key agrees with, in the summary's order.</summary>
    internal IReadOnlyList<NumberMatch> UnmatchedNumbers => Matches.Unmatched;

    /// <summary>The summary's estimates (ratios, differences) that a source estimate agrees with, each with that estimate (the one whose sentence shares most terms).</summary>
    internal IReadOnlyList<EstimateMatch> MatchedEstimates => Matches.Estimates;

    /// <summary>
    /// How many of the summary's numbers restate a source number (agree with one of the same key), leaving out bare counts
    /// under 20 and one-digit numbers, which agree by chance: a post that restates none is not a summary of the source.
    /// </summary>
    internal int RestatedNumbers => Matches.Restated;

    private (List<NumberMatch> Unmatched, List<EstimateMatch> Estimates, int Restated) Matches => _matches ??= MatchNumbers();

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

    private (List<NumberMatch> Unmatched, List<EstimateMatch> Estimates, int Restated) MatchNumbers()
    {
        // The source's numbers by key, indexed once: each summary number is looked up, not compared with every source number.
        var byKey = Source.Items.SelectMany(s => ComparedQuantities.Offered(s.Claim).Select(q => (Item: s, Quantity: q))).GroupBy(e => e.Quantity.Key)
            .ToDictionary(g => g.Key, g => (Entries: g.ToList(), Ranges: new RangeIndex(g.Select(e => e.Quantity.Range))));
        // Keyed by the terms' content: sentences with the same terms (a page that repeats itself) share one search.
        var bestByTerms = new Dictionary<(QuantityKey Key, string? Arm, bool Subgroup), Dictionary<HashSet<string>, (ClaimSide.Item? Item, Quantity? Quantity, int Shared)>>();
        var unmatched = new List<NumberMatch>();
        var estimates = new List<EstimateMatch>();
        var sameResult = new Dictionary<(QuantityKey, string, char), Dictionary<HashSet<string>, (ClaimSide.Item? Item, int Shared)>>();
        int restated = 0;
        foreach (var item in Summary.Items)
        {
            if (item.Stated is not { } quantity)
            {
                continue;
            }

            bool signless = quantity.Key.Kind == QuantityKind.Difference;
            var (sameKey, ranges) = byKey.TryGetValue(quantity.Key, out var found) ? found : ([], new RangeIndex([]));
            var range = quantity.Range;
            if (ranges.AnyOverlaps(range) || (signless && ranges.AnyOverlaps(new Statistics.Interval(-range.Upper, -range.Lower))))
            {
                if (!(quantity.Key.Kind == QuantityKind.Count && quantity.Number.Value < 20) && quantity.Number.Text.Count(char.IsAsciiDigit) > 1)
                {
                    restated++;
                }

                if (quantity.Key.Kind is QuantityKind.Ratio or QuantityKind.Difference)
                {
                    // The agreeing estimate whose sentence shares most terms is the same result; found once per printed
                    // number and sentence terms, so that a page repeating one result is not compared pairwise.
                    var printed = (quantity.Key, quantity.Number.Text, quantity.Number.Sign);
                    if (!sameResult.TryGetValue(printed, out var byTerms))
                    {
                        sameResult[printed] = byTerms = new(HashSet<string>.CreateSetComparer());
                    }

                    if (!byTerms.TryGetValue(item.Terms, out var same))
                    {
                        byTerms[item.Terms] = same = sameKey.Where(e => ClaimSide.Agree(quantity.Number, e.Quantity.Number, signless))
                            .Select(e => (e.Item, Shared: e.Item.Terms.Intersect(item.Terms).Count())).OrderByDescending(e => e.Shared).FirstOrDefault();
                    }

                    if (same.Item is not null)
                    {
                        estimates.Add(new EstimateMatch(item, same.Item, same.Shared));
                    }
                }

                continue;
            }

            // The items of one sentence share their terms: the best match is found once per sentence, key, arm and (sub)group.
            var about = (quantity.Key, quantity.Arm, item.Subgroup);
            if (!bestByTerms.TryGetValue(about, out var bestOfKind))
            {
                bestByTerms[about] = bestOfKind = new(HashSet<string>.CreateSetComparer());
            }

            if (!bestOfKind.TryGetValue(item.Terms, out var best))
            {
                // A number about another arm, or about a subgroup when the summary's is not (or the other way), is another quantity.
                bestOfKind[item.Terms] = best = sameKey
                    .Where(e => (quantity.Arm is null || e.Quantity.Arm is null || e.Quantity.Arm == quantity.Arm) && e.Item.Subgroup == item.Subgroup)
                    .Select(e => (Item: (ClaimSide.Item?)e.Item, Quantity: (Quantity?)e.Quantity, Shared: e.Item.Terms.Intersect(item.Terms).Count()))
                    .OrderByDescending(e => e.Shared).FirstOrDefault();
            }

            unmatched.Add(new NumberMatch(item, quantity, best.Item, best.Quantity, best.Shared));
        }

        return (unmatched, estimates, restated);
    }

    /// <summary>A sentence cut to 90 characters for a message.</summary>
    internal static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "…";
}
