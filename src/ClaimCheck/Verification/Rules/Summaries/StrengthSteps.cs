using System.Collections.Frozen;
using ClaimCheck.Segmenting.Strength;
using ClaimCheck.Linking;
using ClaimCheck.Text;
using ClaimCheck.Verification.Comparison;
using ClaimCheck.Verification.Rules.Language;

using ClaimCheck.Lexicons;
using ClaimCheck.Segmenting.Roles;

namespace ClaimCheck.Verification.Rules.Summaries;

/// <summary>
/// The steps by which a summary's clause claims more than its source's clauses about the same finding, read from the
/// clauses' claim strength (<see cref="ClaimStrengthClassifier"/>) and cue words (<see cref="ClaimCues"/>):
/// correlation → cause, conditional → direct, hedged → unhedged, subgroup → everyone (the summary drops a subgroup the
/// source names, or keeps only part of it). Two clauses speak of the same
/// finding when they share at least two content terms (<see cref="OutcomeTerms"/> without cue words and the words every
/// health story uses), one of them an outcome group or a long word: a clause about another treatment or outcome shares
/// at most one and is never matched, so never cited. The source's strongest matching clause is the bar: a summary
/// stronger than every source clause about the finding oversteps, one the source itself matches anywhere does not.
/// </summary>
internal static class StrengthSteps
{
    /// <summary>The least probability of the predicted strength for a clause to count (a doubtful reading makes no step).</summary>
    internal const float MinimumConfidence = 0.5f;

    /// <summary>Words of any health story that say nothing of which finding a clause is about.</summary>
    private static readonly FrozenSet<string> Generic = Lexicon.Load("claim-generic-terms.txt").Select(Term).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>One step: the summary clause, the source clause it oversteps and the step's name.</summary>
    internal sealed record Step(string Name, TextSpan Summary, TextSpan Source);

    /// <summary>The steps of <paramref name="summary"/> over <paramref name="source"/>, one per summary clause that makes one, in reading order.</summary>
    internal static List<Step> Find(ClaimSide summary, ClaimSide source)
    {
        var steps = new List<Step>();
        var allSourceClauses = Read(source);
        var sourceClauses = allSourceClauses.Where(c => c.Strength >= ClaimStrength.Correlational).ToList();
        if (sourceClauses.Count == 0)
        {
            return steps;
        }

        // The source's clauses by content term, so that a summary clause meets only the clauses it shares a term with.
        var byTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < sourceClauses.Count; i++)
        {
            foreach (string term in sourceClauses[i].Terms)
            {
                if (!byTerm.TryGetValue(term, out var list))
                {
                    byTerm[term] = list = [];
                }

                list.Add(i);
            }
        }

        // A subgroup word restricts a finding only where the source says "subgroup" or names different groups in different
        // clauses (women in one, men in another): "800 postmenopausal women" in a single clause is who the trial enrolled.
        var grouped = allSourceClauses.Where(c => c.Subgroups.Count > 0).Select(c => c.Subgroups).ToList();
        bool sourceHasSubgroups = grouped.Any(g => g.Any(w => w.StartsWith("sub", StringComparison.Ordinal)))
            || grouped.Select(g => string.Join(' ', g.Order(StringComparer.Ordinal))).Distinct(StringComparer.Ordinal).Count() >= 2;
        var judged = new Dictionary<string, (string Name, int Clause)?>(StringComparer.Ordinal);
        foreach (var clause in Read(summary).Where(c => c.Strength >= ClaimStrength.Correlational))
        {
            // A repeated clause is judged once.
            if (!judged.TryGetValue(clause.Text, out var verdict))
            {
                judged[clause.Text] = verdict = Judge(clause, sourceClauses, byTerm, sourceHasSubgroups);
            }

            if (verdict is { } v)
            {
                steps.Add(new Step(v.Name, clause.Span, sourceClauses[v.Clause].Span));
            }
        }

        return steps;
    }

    private static (string Name, int Clause)? Judge(ReadClause clause, List<ReadClause> sourceClauses, Dictionary<string, List<int>> byTerm, bool sourceHasSubgroups)
    {
        var shared = new Dictionary<int, int>();
        foreach (string term in clause.Terms)
        {
            foreach (int i in byTerm.GetValueOrDefault(term) ?? [])
            {
                shared[i] = shared.GetValueOrDefault(i) + 1;
            }
        }

        var matching = shared.Where(p => p.Value >= ComparisonContext.MinimumSharedTerms && SharesOutcome(clause.Terms, sourceClauses[p.Key].Terms))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).ToList();
        if (matching.Count == 0)
        {
            return null;
        }

        var strongest = matching.Max(i => sourceClauses[i].Strength);
        int cited = matching.First(i => sourceClauses[i].Strength == strongest);
        if (clause.Strength < strongest)
        {
            return null;
        }

        // A step up is named only when the source's own words attest its level: a word of correlation for
        // "correlation → cause", a hedge for "conditional → direct". The model alone reads some plain results and
        // methods ("serum levels were measured") as correlational; a summary's "reduces" is no step from those.
        var cue = sourceClauses[cited];
        if (clause.Strength > strongest && strongest == ClaimStrength.Correlational && cue.Associative)
        {
            return ("correlation → cause", cited);
        }

        if (clause.Strength > strongest && strongest == ClaimStrength.ConditionalCausal && cue.Hedged)
        {
            return ("conditional → direct", cited);
        }

        // The step may be in the hedge or in whom the finding is about.
        if (clause.Strength == strongest && !clause.Hedged && matching.Where(i => sourceClauses[i].Strength == strongest).All(i => sourceClauses[i].Hedged))
        {
            return ("hedged → unhedged", cited);
        }

        // Whom: every source clause about the finding names a subgroup the summary's drops, keeping at most some of its
        // words ("children aged under five" told as "children"). A summary as strong as the source, or stronger where the
        // source's words attest no step up (the model reads some plain subgroup results as correlational).
        if (sourceHasSubgroups && clause.Strength >= strongest && matching.All(i => Narrower(sourceClauses[i].Subgroups, clause.Subgroups)))
        {
            return ("subgroup → everyone", cited);
        }

        return null;
    }

    /// <summary>True when <paramref name="source"/> names subgroup words and <paramref name="summary"/>'s are some of them, not all.</summary>
    private static bool Narrower(IReadOnlyList<string> source, IReadOnlyList<string> summary)
        => source.Count > summary.Count && summary.All(w => source.Contains(w, StringComparer.Ordinal));

    /// <summary>A clause with what the steps read of it.</summary>
    private sealed record ReadClause(TextSpan Span, string Text, ClaimStrength Strength, bool Hedged, bool Associative, IReadOnlyList<string> Subgroups, HashSet<string> Terms);

    /// <summary>The side's clauses with their strength (NoClaim when the model is unsure), hedges, words of correlation, subgroup words and content terms.</summary>
    private static List<ReadClause> Read(ClaimSide side)
    {
        var clauses = new List<ReadClause>();
        var cache = new Dictionary<string, ReadClause?>(StringComparer.Ordinal);
        foreach (var sentence in side.Sentences)
        {
            // Segmenting's clauses of the sentence (the whole sentence when it was not segmented).
            var spans = side.Document.SentenceAt(sentence) is { Clauses.IsDefaultOrEmpty: false } segmented ? segmented.Clauses.Select(c => c.Span) : [sentence];
            foreach (var span in spans)
            {
                string clause = side.Quote(span).Trim();
                if (!cache.TryGetValue(clause, out var read))
                {
                    cache[clause] = read = ReadOne(clause, span);
                }

                if (read is not null)
                {
                    clauses.Add(read with { Span = span });
                }
            }
        }

        return clauses;
    }

    private static ReadClause? ReadOne(string clause, TextSpan span)
    {
        if (clause.Length == 0)
        {
            return null;
        }

        var p = ClaimStrengthClassifier.Probabilities(clause);
        int best = ScoreOutput.ArgMax(p);
        var strength = p[best] >= MinimumConfidence ? (ClaimStrength)best : ClaimStrength.NoClaim;
        var tokens = ClaimStrengthFeatures.Tokens(clause);
        var marks = ClaimCues.Mark(tokens);
        var cueWords = tokens.Where((_, i) => marks[i] != ClaimCues.CueKind.None).Select(Term).ToHashSet(StringComparer.Ordinal);
        var terms = OutcomeTerms.Of(clause);
        terms.RemoveWhere(t => cueWords.Contains(t) || Generic.Contains(t));
        return new ReadClause(
            span,
            clause,
            strength,
            marks.Contains(ClaimCues.CueKind.Hedge),
            marks.Contains(ClaimCues.CueKind.Association),
            [.. ClaimCues.Entries(tokens, ClaimCues.CueKind.Subgroup).Distinct(StringComparer.Ordinal)],
            terms);
    }

    /// <summary>A word as <see cref="OutcomeTerms"/> keeps it (its first six letters).</summary>
    private static string Term(string word) => word.Length > 6 ? word[..6] : word;

    /// <summary>True when the shared terms include an outcome group or a word of five letters or more.</summary>
    private static bool SharesOutcome(HashSet<string> a, HashSet<string> b) => a.Intersect(b).Any(t => t.StartsWith("g:", StringComparison.Ordinal) || t.Length >= 5);
}
