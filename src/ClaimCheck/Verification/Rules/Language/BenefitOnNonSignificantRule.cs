using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;
using ClaimCheck.Text;

using ClaimCheck.Segmenting;

namespace ClaimCheck.Verification.Rules.Language;

/// <summary>
/// CC3001: a concluding or summary sentence claims benefit, improvement or efficacy for an outcome whose
/// reported results in the same block are all not significant (interval crossing the null value, p ≥ α,
/// or "similar" / "no significant difference"). The outcome is matched by its words and the outcome
/// lexicon ("lung recovery" ↔ computed tomography, lung severity scores). Error; Warning when the claim is
/// hedged ("may", "potential", "suggest"). Nothing fires when any matching result is significant or cannot be
/// decided from its printed numbers, or when no result matches. Not claims of benefit: a negated clause ("did
/// not provide a survival benefit"), equivalence ("equally effective"), what earlier studies showed, and
/// "significant" without an effect word ("Significantly, the majority …"). The conclusions are the sentences whose
/// <see cref="Sentence.Role"/> is Conclusions (a Discussion is not a conclusion). Results are read clause by clause
/// outside background, objective and methods sentences and outside sentences with baseline, subgroup, prior-work or
/// boilerplate cues, so a baseline "similar", a subgroup's "no difference" or another study's result is not evidence
/// about the outcome. The rule reads cues, roles and claims only (the Segmenting stage found them).
/// </summary>
internal sealed class BenefitOnNonSignificantRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.BenefitOnNonSignificant,
        "Benefit claimed on a non-significant result",
        "'{0}' claims a benefit for {1}, but the results for it are not significant: {2}{3}",
        RuleCategory.Language,
        Severity.Info);

    // What a clause that denies a claim of benefit says: negated, equivalence, every arm, earlier work, a recommendation,
    // an aim or open question, an association.
    private static readonly CueKind[] Denials =
        [CueKind.Negated, CueKind.Equivalence, CueKind.EveryArm, CueKind.PriorWork, CueKind.Recommendation, CueKind.Aim, CueKind.Association];

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var blockClaims in context.Extraction.Blocks)
        {
            if (blockClaims.Block is not { Kind: not BlockKind.QuotedPost } block)
            {
                continue;
            }

            var sentences = block.Sentences.Select(s => context.SentenceAt(s.Span) ?? s).ToList();
            var conclusions = sentences.Where(s => s.Role == SentenceRole.Conclusions).ToDictionary(s => s.Span);
            if (conclusions.Count == 0)
            {
                continue;
            }

            // The block's results, their terms and the block's common terms are worked out only once a conclusion
            // claims a benefit: most blocks with conclusions have none, and the terms of every clause are the costly part.
            List<Result>? evidence = null;
            HashSet<string>? common = null;
            Dictionary<string, List<int>>? index = null;
            var reported = new HashSet<TextSpan>();
            var matches = new Dictionary<string, List<Result>>(StringComparer.Ordinal);
            foreach (var statement in blockClaims.Claims.OfType<SignificanceStatement>())
            {
                if (statement.Wording is not (SignificanceWording.Benefit or SignificanceWording.Significant)
                    || !conclusions.TryGetValue(statement.SentenceSpan, out var sentence) || sentence.ClauseAt(statement.Span.Start) is not { } clause)
                {
                    continue;
                }

                if (reported.Contains(clause.Span) || !ClaimsBenefit(sentence, clause, statement))
                {
                    continue;
                }

                if (evidence is null)
                {
                    evidence = Evidence(context, blockClaims.Claims, conclusions);
                    common = OutcomeTerms.Common(context.Source, block);
                    index = IndexByTerm(evidence, common);
                }

                string outcome = OutcomeTerms.PhraseAfter(context.Source, statement.Span.End, clause.Span);
                if (!matches.TryGetValue(outcome, out var matched))
                {
                    var terms = OutcomeTerms.Of(outcome);
                    matches[outcome] = matched = Candidates(evidence, index!, terms, common!).Where(e => NamesSameOutcome(OutcomeTerms.Shared(terms, e.Terms, common!).ToList())).ToList();
                }

                if (matched.Count == 0 || matched.Any(e => e.Significant != false))
                {
                    continue;
                }

                bool hedged = statement.IsHedged || sentence.Has(CueKind.Hedged);
                string citations = string.Join("; ", matched.Select(e => e.Citation).Distinct().Take(4));
                // "effective in improving glycemic control" is one claim: one finding per clause.
                reported.Add(clause.Span);
                context.Report(Rule, statement.Span, matched.Select(e => e.Span), hedged ? Severity.Warning : null,
                    statement.Text, $"'{outcome}'", citations, hedged ? " (the claim is hedged, which softens but does not excuse it)" : string.Empty);
            }
        }
    }

    /// <summary>True when the statement's clause asserts that the treatment helped (no denial, no admission of non-significance, not bare "significant").</summary>
    private static bool ClaimsBenefit(Sentence sentence, Clause clause, SignificanceStatement statement)
    {
        if (Denials.Any(clause.Has) || sentence.Has(CueKind.NonSignificance))
        {
            return false;
        }

        return statement.Wording != SignificanceWording.Significant || clause.Has(CueKind.Benefit, statement.Span);
    }

    private sealed record Result(TextSpan Span, bool? Significant, string Citation, HashSet<string> Terms);

    /// <summary>The results of the block outside its conclusions, numeric or worded, clause by clause, with the outcome terms of their clauses.</summary>
    private static List<Result> Evidence(RuleContext context, IReadOnlyCollection<Claim> claims, Dictionary<TextSpan, Sentence> conclusions)
    {
        var results = new List<Result>();
        foreach (var group in claims.Where(c => !conclusions.ContainsKey(c.SentenceSpan)).GroupBy(c => c.SentenceSpan))
        {
            if (context.SentenceAt(group.Key) is not { } sentence || !IsResultSentence(sentence))
            {
                continue;
            }

            string quoted = Shorten(context.Quote(group.Key));
            var clauses = sentence.Clauses;
            var byClause = ClauseSplitter.Assign([.. clauses.Select(c => c.Span)], group, c => c.Span.Start);
            for (int k = 0; k < clauses.Length; k++)
            {
                var clause = clauses[k];
                var inClause = byClause[k];
                if (inClause.Count == 0)
                {
                    continue;
                }

                var terms = OutcomeTerms.Of(context.Source, clause.Span);
                var numeric = context.Results.InClause(clause.Span);
                foreach (var r in numeric)
                {
                    results.Add(new Result(r.Claim.Span, r.Significant, $"{r.Citation} in \"{quoted}\"", terms));
                }

                if (numeric.Count > 0)
                {
                    continue;
                }

                foreach (var statement in inClause.OfType<SignificanceStatement>())
                {
                    // A worded null result counts only when it compares groups ("no significant weight rebound for either
                    // group" is a change within each), and "similar" says no difference only when groups are named.
                    if (statement.Wording is SignificanceWording.NoDifference or SignificanceWording.NotSignificant
                        && (clause.Has(CueKind.SignificanceTerm, statement.Span) || clause.Has(CueKind.Groups))
                        && (clause.Has(CueKind.Comparison) || clause.Has(CueKind.Groups)))
                    {
                        results.Add(new Result(statement.Span, false, $"'{statement.Text}' in \"{quoted}\"", terms));
                    }
                    else if (statement.Wording == SignificanceWording.Significant && !clause.Has(CueKind.Negated))
                    {
                        results.Add(new Result(statement.Span, true, statement.Text, terms));
                    }
                }
            }
        }

        return results;
    }

    /// <summary>
    /// A sentence whose numbers may be results about the outcome: not background, objective or methods; not a
    /// description of the groups at baseline (unless it measures change from baseline); not about a subgroup, earlier
    /// work, clinical rather than statistical significance, boilerplate, or a table row or legend (a table's baseline rows).
    /// </summary>
    private static bool IsResultSentence(Sentence sentence)
        => sentence.Role is not (SentenceRole.Background or SentenceRole.Objective or SentenceRole.Methods)
           && !(sentence.Has(CueKind.Baseline) && !sentence.Has(CueKind.ChangeFromBaseline))
           && !sentence.Has(CueKind.Subgroup) && !sentence.Has(CueKind.NotStatistical) && !sentence.Has(CueKind.PriorWork) && !sentence.Has(CueKind.Boilerplate)
           && !sentence.Has(CueKind.TableRow);

    /// <summary>The results that share at least one term with the claim, in their order: looking each claim up by term keeps a long block linear.</summary>
    private static IEnumerable<Result> Candidates(List<Result> evidence, Dictionary<string, List<int>> index, HashSet<string> terms, HashSet<string> common)
    {
        var found = new SortedSet<int>();
        foreach (var term in terms)
        {
            if (!common.Contains(term) && index.TryGetValue(term, out var results))
            {
                found.UnionWith(results);
            }
        }

        return found.Select(i => evidence[i]);
    }

    private static Dictionary<string, List<int>> IndexByTerm(List<Result> evidence, HashSet<string> common)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < evidence.Count; i++)
        {
            foreach (var term in evidence[i].Terms)
            {
                if (!common.Contains(term))
                {
                    if (!index.TryGetValue(term, out var list))
                    {
                        index[term] = list = [];
                    }

                    list.Add(i);
                }
            }
        }

        return index;
    }

    /// <summary>An outcome group of the lexicon in common, or two content words: one shared word ("muscle") is too little to say it is the same outcome.</summary>
    private static bool NamesSameOutcome(List<string> shared) => shared.Any(t => t.StartsWith("g:", StringComparison.Ordinal)) || shared.Count >= 2;

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "…";
}
