using System.Collections.Immutable;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Linking;

/// <summary>
/// Ties a sentence's one p-value to the two groups it compares: an arm pair of proportions, or two means with their
/// spreads and group sizes. A p is tied only when nothing else in the sentence could own it: it is the sentence's only
/// p, printed after both groups, alone (not an estimate's or a test statistic's p, not for a trend or an interaction),
/// and the sentence holds no other proportion or mean.
/// </summary>
internal static class PairedTests
{
    /// <summary>The arm pairs of <paramref name="blocks"/> whose sentence gives their p.</summary>
    internal static ImmutableArray<TestedProportionPair> Proportions(ImmutableArray<BlockLinks> blocks)
    {
        var tested = ImmutableArray.CreateBuilder<TestedProportionPair>();
        foreach (var block in blocks)
        {
            foreach (var pair in block.ProportionPairs)
            {
                var sentence = block.Block.Claims.Where(c => c.SentenceSpan == pair.First.SentenceSpan).ToList();
                // The same k/n printed twice ("at 6/12 … at 6/12") is a time point or a label, not two arms' results.
                bool same = pair.First.Count!.Value.Value == pair.Second.Count!.Value.Value && pair.First.Total!.Value.Value == pair.Second.Total!.Value.Value;
                if (!same && sentence.OfType<ProportionClaim>().Count() == 2 && !sentence.OfType<MeanSdClaim>().Any()
                    && OnlyP(sentence, pair.Second.Span.End) is { } p)
                {
                    tested.Add(new TestedProportionPair(pair, p));
                }
            }
        }

        return tested.ToImmutable();
    }

    /// <summary>The pairs of means of <paramref name="blocks"/> whose sentence gives each its "n = …" and their p.</summary>
    internal static ImmutableArray<MeanPair> Means(ImmutableArray<BlockLinks> blocks)
    {
        var pairs = ImmutableArray.CreateBuilder<MeanPair>();
        foreach (var sentence in blocks.SelectMany(b => b.Block.Claims).GroupBy(c => c.SentenceSpan))
        {
            var claims = sentence.ToList();
            var means = claims.OfType<MeanSdClaim>().ToList();
            var sizes = claims.OfType<CountClaim>().Where(IsGroupSize).ToList();
            // An estimate with its interval in the sentence (an effect size, a mean change) may own the p.
            if (means.Count != 2 || sizes.Count != 2 || claims.OfType<ProportionClaim>().Any()
                || claims.OfType<MedianIqrClaim>().Any() || claims.OfType<IEstimateClaim>().Any(e => e.Interval is not null))
            {
                continue;
            }

            // Each mean has its own n, on the same side of it for both: "m (n = …) and m (n = …)" or "(n = …) m … (n = …) m".
            bool after = means[0].Span.End <= sizes[0].Span.Start && sizes[0].Span.End <= means[1].Span.Start && means[1].Span.End <= sizes[1].Span.Start;
            bool before = sizes[0].Span.End <= means[0].Span.Start && means[0].Span.End <= sizes[1].Span.Start && sizes[1].Span.End <= means[1].Span.Start;
            int last = Math.Max(means[1].Span.End, sizes[1].Span.End);
            if ((after || before) && OnlyP(claims, last) is { } p)
            {
                pairs.Add(new MeanPair(means[0], sizes[0].Count, means[1], sizes[1].Count, p));
            }
        }

        return pairs.ToImmutable();
    }

    /// <summary>The sentence's one p-value when it stands alone after <paramref name="after"/> and has a number; else null.</summary>
    private static PValue? OnlyP(List<Claim> sentence, int after)
    {
        if (sentence.Any(c => c is TestStatisticClaim))
        {
            return null;
        }

        var ps = sentence.OfType<ITestedClaim>().Select(c => c.P).OfType<PValue>().DistinctBy(p => p.Span).ToList();
        if (ps.Count != 1 || ps[0] is not { Value: not null, Qualifier: null } p || p.Span.Start < after)
        {
            return null;
        }

        // A p owned by an estimate (its interval's test) is not the groups' test.
        bool alone = sentence.Any(c => c is PValueClaim pc && pc.P.Span == p.Span || c is GroupComparisonClaim g && g.P?.Span == p.Span);
        return alone ? p : null;
    }

    /// <summary>An arm's size in "n = 30" notation.</summary>
    private static bool IsGroupSize(CountClaim count) => count.WrittenAsN && Printed.IsCount(count.Count) && count.Count.Value >= 2;
}
