using System.Collections.Immutable;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Text;

namespace ClaimCheck.Linking;

/// <summary>
/// The linking stage: ties the claims of each block together from sentence structure — proportions of
/// two arms in one sentence with that sentence's ratio estimates, arm sizes stated together and the
/// totals they should add up to, compared values with their reported difference, and each named arm's
/// denominators across sentences.
/// </summary>
internal static class Linker
{
    // Matched as prefixes ("patients") and, for the CJK counters, anywhere in the noun.
    private static readonly string[] PeopleNouns = Lexicons.Lexicon.Load("people-nouns.txt");

    internal static ImmutableArray<BlockLinks> Link(ExtractionResult extraction)
    {
        var result = ImmutableArray.CreateBuilder<BlockLinks>(extraction.Blocks.Length);
        foreach (var block in extraction.Blocks)
        {
            result.Add(LinkBlock(extraction.Source, block));
        }

        return result.MoveToImmutable();
    }

    private static BlockLinks LinkBlock(SourceText source, BlockClaims block)
    {
        var pairs = ImmutableArray.CreateBuilder<ProportionPair>();
        var armSets = ImmutableArray.CreateBuilder<ArmSizeSet>();
        var totals = ImmutableArray.CreateBuilder<StatedTotal>();
        var differences = ImmutableArray.CreateBuilder<ValueDifference>();
        var armProportions = ImmutableArray.CreateBuilder<(string, ProportionClaim)>();

        foreach (var sentence in block.Claims.GroupBy(c => c.SentenceSpan))
        {
            string text = source.ToString(sentence.Key);
            var claims = sentence.ToList();

            var explicitProportions = claims.OfType<ProportionClaim>()
                .Where(p => p.Count is not null && p.Total is not null && !p.TotalFromContext)
                .ToList();
            foreach (var p in explicitProportions)
            {
                if (ArmKey.Of(p.GroupLabel) is { } arm)
                {
                    armProportions.Add((arm, p));
                }
            }

            // Exactly two explicit proportions of different (or unnamed) arms make one outcome's pair;
            // more than two in a sentence could pair several ways, so none is assumed.
            if (explicitProportions.Count == 2)
            {
                string? a = ArmKey.Of(explicitProportions[0].GroupLabel), b = ArmKey.Of(explicitProportions[1].GroupLabel);
                if (a is null || b is null || a != b)
                {
                    pairs.Add(new ProportionPair(explicitProportions[0], explicitProportions[1], claims.OfType<RatioEstimateClaim>().ToList()));
                }
            }

            var counts = claims.OfType<CountClaim>().ToList();
            var people = counts.Where(c => c.GroupLabel is null && IsPeople(c.Noun)).ToList();
            var arms = counts.Where(IsArmSize).Except(people).ToList();
            // The sentence's stage words are found once for all its counts.
            var stages = people.Count > 0 || arms.Count >= 2 ? new Stages.Index(text) : null;
            foreach (var total in people)
            {
                totals.Add(new StatedTotal(total, stages!.Nearest(total.Span.Start - sentence.Key.Start)));
            }

            if (arms.Count >= 2)
            {
                var total = people.Count == 1 ? people[0] : null;
                armSets.Add(new ArmSizeSet(arms, total, stages!.Nearest(arms[0].Span.Start - sentence.Key.Start), text));
            }

            var comparisons = claims.OfType<GroupComparisonClaim>().Where(g => g.Values.Length == 2).ToList();
            var reported = claims.OfType<DifferenceEstimateClaim>().ToList();
            if (comparisons.Count == 1 && reported.Count == 1)
            {
                differences.Add(new ValueDifference(comparisons[0], reported[0], text));
            }
        }

        return new BlockLinks(block, pairs.ToImmutable(), armSets.ToImmutable(), totals.ToImmutable(), differences.ToImmutable(), armProportions.ToImmutable());
    }

    /// <summary>An arm's size: "n = 65" notation, or "65 receiving MSC treatment" / "35 assigned to placebo".</summary>
    private static bool IsArmSize(CountClaim count)
    {
        var text = count.Text.AsSpan().TrimStart("( ");
        if (text.Length > 1 && text[0] is 'n' or 'N' && !char.IsLetter(text[1]))
        {
            return true;
        }

        string lower = count.Text.ToLowerInvariant();
        return count.GroupLabel is not null && (lower.Contains("receiv", StringComparison.Ordinal) || lower.Contains("assign", StringComparison.Ordinal)
            || lower.Contains("allocat", StringComparison.Ordinal) || lower.Contains("randomi", StringComparison.Ordinal));
    }

    private static bool IsPeople(string? noun)
        => noun is not null && PeopleNouns.Any(n => noun.StartsWith(n, StringComparison.OrdinalIgnoreCase) || noun.Contains(n, StringComparison.Ordinal));
}
