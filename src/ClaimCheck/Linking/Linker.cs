using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;
using ClaimCheck.Text;

namespace ClaimCheck.Linking;

/// <summary>
/// The linking stage: ties the claims of each block together from sentence structure — group sizes lent to the
/// percentages of their group, proportions of two arms in one sentence with that sentence's ratio estimates, arm
/// sizes stated together and the totals they should add up to, compared values with their reported difference,
/// each named arm's denominators across sentences — and reads, once per document, the sound estimates and what
/// the words of each sentence with claims say (<see cref="SentenceFacts"/>).
/// </summary>
internal static class Linker
{
    // Matched as prefixes ("patients") and, for the CJK counters, anywhere in the noun.
    private static readonly string[] PeopleNouns = Lexicons.Lexicon.Load("people-nouns.txt");

    /// <summary>Links the claims of <paramref name="extraction"/>.</summary>
    internal static ClaimLinks Link(ExtractionResult extraction)
    {
        var source = extraction.Source;
        var linkedBlocks = ImmutableArray.CreateBuilder<BlockClaims>(extraction.Blocks.Length);
        foreach (var block in extraction.Blocks)
        {
            var claims = GroupSizes.Fill(block.Claims);
            linkedBlocks.Add(claims == block.Claims ? block : block with { Claims = claims });
        }

        var linked = new ExtractionResult(source, linkedBlocks.MoveToImmutable(), extraction.Findings);
        var sentences = new Dictionary<TextSpan, SentenceFacts>();
        var wholeNumberSizes = new Dictionary<TextSpan, ReportedNumber>();
        var blocks = ImmutableArray.CreateBuilder<BlockLinks>(linked.Blocks.Length);
        foreach (var block in linked.Blocks)
        {
            foreach (var sentence in block.Claims.GroupBy(c => c.SentenceSpan))
            {
                var claims = sentence.ToList();
                var facts = SentenceFacts.Of(source.ToString(sentence.Key));
                sentences[sentence.Key] = facts;
                if (claims.Any(c => c is MeanSdClaim) && WholeNumberSize(facts, claims) is { } n)
                {
                    wholeNumberSizes[sentence.Key] = n;
                }
            }

            blocks.Add(LinkBlock(source, block, sentences));
        }

        bool oneSided = OneSidedTests.Declared(source.Text);
        var estimates = EstimateReader.Read(source.Text, [.. linked.Claims], oneSided);
        var blockLinks = blocks.MoveToImmutable();
        return new ClaimLinks(linked, blockLinks, estimates, oneSided, sentences.ToFrozenDictionary(), wholeNumberSizes.ToFrozenDictionary())
        {
            DeclaresCorrectedPValues = MultiplicityCorrection.Declared(source.Text),
            TestedProportionPairs = PairedTests.Proportions(blockLinks),
            MeanPairs = PairedTests.Means(blockLinks),
            ChangeBases = Linking.ChangeBases.Of(source, linked.Blocks),
            DeclaresPairedDesign = source.Text.AsSpan().IndexOfAny(Lexicons.Lexicon.PairedDesign) >= 0,
        };
    }

    /// <summary>The one group size ("n = …") of a sentence that says its data are whole numbers, else null.</summary>
    private static ReportedNumber? WholeNumberSize(SentenceFacts facts, List<Claim> claims)
    {
        var found = facts.SaysWholeNumbers
            ? claims.OfType<CountClaim>().Where(c => Printed.IsCount(c.Count) && c.Count.Value > 0).Take(2).ToList()
            : [];
        return found.Count == 1 ? found[0].Count : null;
    }

    private static BlockLinks LinkBlock(SourceText source, BlockClaims block, Dictionary<TextSpan, SentenceFacts> facts)
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
                    // "29 [21%] of 135 vs 34 [25%] of 135; at 3 months: 39 [29%] vs 41 [30%] …; OR 1·350": with more counted
                    // proportions than the pair, the sentence's ratio may belong to another of them.
                    bool onlyPair = claims.OfType<ProportionClaim>().Count(p => p.Count is not null) == 2;
                    var ratios = onlyPair ? claims.OfType<RatioEstimateClaim>().ToList() : [];
                    if (onlyPair)
                    {
                        ratios.AddRange(RiskDifferences(explicitProportions[0], explicitProportions[1], claims));
                    }

                    pairs.Add(new ProportionPair(explicitProportions[0], explicitProportions[1], ratios));
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
                TextSpan? previous = PreviousSentence(block, sentence.Key);
                double sum = arms.Sum(a => a.Count.Value);
                bool sumPrinted = HasNumber(text, sum) || (previous is { } before && HasNumber(source.ToString(before), sum));
                armSets.Add(new ArmSizeSet(arms, total, stages!.Nearest(arms[0].Span.Start - sentence.Key.Start), previous, sumPrinted));
            }

            var comparisons = claims.OfType<GroupComparisonClaim>().Where(g => g.Values.Length == 2).ToList();
            var reported = claims.OfType<DifferenceEstimateClaim>().ToList();
            if (comparisons.Count == 1 && reported.Count == 1)
            {
                differences.Add(new ValueDifference(comparisons[0], reported[0]));
            }
        }

        return new BlockLinks(block, pairs.ToImmutable(), armSets.ToImmutable(), totals.ToImmutable(), differences.ToImmutable(), armProportions.ToImmutable());
    }

    /// <summary>
    /// The differences of a sentence with two proportions that are their risk difference: "(absolute difference 10%,
    /// 95% CI …)", "(difference 10 percentage points, 95% CI …)", read as an RD when the estimate is the difference of
    /// the two proportions (in either order, within its rounding). Only then, so that a difference in another outcome
    /// of the sentence is never checked against these counts; its interval is then checked (CC2005).
    /// </summary>
    private static IEnumerable<RatioEstimateClaim> RiskDifferences(ProportionClaim first, ProportionClaim second, List<Claim> claims)
    {
        var tables = CountsTable.Of(first, second);
        foreach (var difference in claims.OfType<DifferenceEstimateClaim>())
        {
            if (difference is not { Measure: DifferenceMeasure.Unspecified, Interval: not null } || tables.Count == 0
                || !(difference.Estimate.IsPercent || difference.Unit?.StartsWith("percentage point", StringComparison.OrdinalIgnoreCase) == true)
                || !(difference.Estimate.IsPercent || Math.Abs(difference.Estimate.Value) > 1))
            {
                // Points below 1 would be read as a fraction by CountsTable's scale, so they are left out.
                continue;
            }

            var estimate = difference.Estimate;
            var rd = new RatioEstimateClaim(difference.Span, difference.Text, difference.SentenceSpan, RatioMeasure.RiskDifference, isAdjusted: false,
                "risk difference", estimate, difference.Interval, difference.P);
            var printed = Printed.Range(estimate);
            if (tables.Any(t => CountsTable.Measure(rd, t) is { } v && printed.Contains(v)))
            {
                yield return rd;
            }
        }
    }

    /// <summary>The sentence before <paramref name="sentence"/> in the block, or null for its first sentence or raw text without a block.</summary>
    private static TextSpan? PreviousSentence(BlockClaims block, TextSpan sentence)
    {
        if (block.Block is null)
        {
            return null;
        }

        var sentences = block.Block.Sentences;
        for (int i = 1; i < sentences.Length; i++)
        {
            if (sentences[i].Span == sentence)
            {
                return sentences[i - 1].Span;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="value"/> is printed in the sentence as a whole number ("939 were randomized").</summary>
    private static bool HasNumber(string sentence, double value)
    {
        string digits = ((long)value).ToString(CultureInfo.InvariantCulture);
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

    /// <summary>An arm's size: "n = 65" notation, or "65 receiving MSC treatment" / "35 assigned to placebo".</summary>
    private static bool IsArmSize(CountClaim count)
    {
        if (count.WrittenAsN)
        {
            return true;
        }

        // "45 were randomized to placebo", "45 received placebo": worded as an arm, not as the people who had an outcome.
        var text = count.Text.AsSpan();
        return count.GroupLabel is not null && (text.ContainsAny(Lexicons.Lexicon.AllocationStems) || text.ContainsAny(Lexicons.Lexicon.ReceiptStems));
    }

    private static bool IsPeople(string? noun)
        => noun is not null && PeopleNouns.Any(n => noun.StartsWith(n, StringComparison.OrdinalIgnoreCase) || noun.Contains(n, StringComparison.Ordinal));
}
