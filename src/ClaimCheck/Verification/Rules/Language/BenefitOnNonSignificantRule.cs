using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;

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
/// "significant" without an effect word ("Significantly, the majority …"). Results are read clause by clause
/// (<see cref="ClauseSplitter"/>) outside background, methods and baseline sentences, so a baseline "similar" or a
/// subgroup's "no difference" is not evidence about the outcome.
/// </summary>
internal sealed class BenefitOnNonSignificantRule : Rule
{
    internal static readonly RuleDescriptor Rule = new(
        "CC3001",
        "Benefit claimed on a non-significant result",
        "'{0}' claims a benefit for {1}, but the results for it are not significant: {2}{3}",
        "Language",
        Severity.Error);

    private const int OutcomeWindow = 400;

    private static readonly string[] Stops = [",", ";", ".", " and ", " in ", " among ", " of patients", " for patients", " compared", " versus", " vs", " with "];
    private static readonly string[] Hedges = ["may ", "might ", "could ", "potential", "suggest", "possibl", "appear"];

    private static readonly string[] Equivalence =
        ["equally", "as effective as", "as efficacious as", "similar", "similarly", "comparable", "comparably", "non-inferior", "noninferior", "equivalent", "no difference",
         // Claims about every arm ("both drugs were effective") or whatever the arm ("independently of the mesh") are not claims of a difference.
         "both", "as well as", "either", "each", "independently", "regardless"];

    // Recommendations, aims and by-the-way mentions are not findings: "approaches to improve adherence are needed".
    private static readonly string[] NotFindings =
        ["need", "needed", "needs", "should", "warrant", "warranted", "further", "future", "prior to", "recognition", "understanding", "aim", "aimed", "hypothes", "unlikely", "unclear", "uncertain",
         "associated", "association", "correlated", "correlation"];

    private static readonly string[] PriorKnowledge =
        ["have shown", "have confirmed", "have demonstrated", "has been shown", "has been demonstrated", "has shown", "previous", "previously", "known to", "prior studies", "other studies", "literature"];

    private static readonly string[] EffectWords =
        ["improv", "reduc", "increas", "decreas", "lower", "higher", "better", "benefit", "effect", "efficac", "superior", "prevent", "enhanc", "fewer", "less", "greater", "faster", "shorter", "longer", "protect"];

    private static readonly string[] Auxiliaries = ["were", "was", "is", "are", "have", "has", "had", "be", "been", "will", "would", "can", "and", "or", "but"];

    // Words anywhere in the sentence that say the result was not established ("improves survival, although only as a trend").
    private static readonly string[] Honest = ["trend", "trends", "tended", "numerical", "numerically", "not significant", "non-significant", "nonsignificant"];

    // Sections whose sentences are not results, and words of sentences that describe the groups at the start.
    private static readonly string[] NotResultSections = ["background", "introduction", "objective", "objectives", "aim", "aims", "purpose", "methods", "design", "setting", "participants", "interventions", "context"];

    private static readonly string[] NotResultWords = ["at baseline", "baseline characteristics", "at entry", "at randomization", "at randomisation", "demographic", "in design", "subgroup", "subgroups", "sub-group", "sub-groups",
         "clinically significant", "clinically relevant", "clinically meaningful"];

    private static readonly string[] BetweenGroups = ["between", "groups", "arms", "versus", "vs", "compared", "than", "placebo", "control", "controls", "sham"];

    // "baseline" in a sentence that is not about change from it marks a description of the groups before treatment.
    private static readonly string[] ChangeFromBaseline = ["from baseline", "change", "changes", "versus baseline", "vs baseline", "vs. baseline", "compared with baseline", "compared to baseline", "relative to baseline", "over baseline"];

    internal override RuleDescriptor Descriptor => Rule;

    internal override void Analyze(RuleContext context)
    {
        foreach (var blockClaims in context.Extraction.Blocks)
        {
            if (blockClaims.Block is not { } block)
            {
                continue;
            }

            var conclusions = ConclusionSentences.Of(context.Document, block, context.RoleModel);
            if (conclusions.Count == 0)
            {
                continue;
            }

            var conclusionSpans = conclusions.Select(s => s.Span).ToHashSet();
            var evidence = Evidence(context, block, blockClaims.Claims, conclusionSpans);
            var common = CommonTerms(block);
            var index = IndexByTerm(evidence, common);
            var reported = new HashSet<Text.TextSpan>();
            // Work that depends only on the sentence, the clause or the outcome's words is done once for
            // each: a conclusion of thousands of statements must not re-read its sentence per statement.
            var cache = new ClauseCache(context.Source.Text);
            var matches = new Dictionary<string, List<Result>>(StringComparer.Ordinal);
            foreach (var statement in blockClaims.Claims.OfType<SignificanceStatement>())
            {
                if (statement.Wording is not (SignificanceWording.Benefit or SignificanceWording.Significant) || !conclusionSpans.Contains(statement.SentenceSpan))
                {
                    continue;
                }

                var clause = cache.ClauseOf(statement.Span.Start, statement.SentenceSpan);
                if (reported.Contains(clause) || !ClaimsBenefit(cache, statement, clause))
                {
                    continue;
                }

                string outcome = OutcomePhrase(context, statement, clause);
                if (!matches.TryGetValue(outcome, out var matched))
                {
                    var terms = OutcomeTerms.Of(outcome);
                    matches[outcome] = matched = Candidates(evidence, index, terms, common).Where(e => NamesSameOutcome(OutcomeTerms.Shared(terms, e.Terms, common).ToList())).ToList();
                }

                if (matched.Count == 0 || matched.Any(e => e.Significant != false))
                {
                    continue;
                }

                bool hedged = statement.IsHedged || cache.Test(statement.SentenceSpan, SentenceIsHedged);
                string citations = string.Join("; ", matched.Select(e => e.Citation).Distinct().Take(4));
                // "effective in improving glycemic control" is one claim: one finding per clause.
                reported.Add(clause);
                context.Report(Rule, statement.Span, matched.Select(e => e.Span), hedged ? Severity.Warning : null,
                    statement.Text, $"'{outcome}'", citations, hedged ? " (the claim is hedged, which softens but does not excuse it)" : string.Empty);
            }
        }
    }

    /// <summary>True when the statement's clause asserts that the treatment helped (not negated, not equivalence, not earlier studies', not bare "significant").</summary>
    private static bool ClaimsBenefit(ClauseCache cache, SignificanceStatement statement, Text.TextSpan clause)
    {
        if (cache.Test(clause, ClauseDeniesBenefit) || cache.Test(statement.SentenceSpan, SentenceIsHonest))
        {
            return false;
        }

        return statement.Wording != SignificanceWording.Significant
            || EffectWords.Any(w => statement.Text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static bool ClauseDeniesBenefit(string text, Text.TextSpan clause)
        => ClauseSplitter.IsNegated(text, clause) || ClauseSplitter.ContainsAny(text, clause, Equivalence) || ClauseSplitter.ContainsAny(text, clause, PriorKnowledge)
           || ClauseSplitter.ContainsAny(text, clause, NotFindings);

    private static bool SentenceIsHedged(string text, Text.TextSpan sentence)
    {
        string lower = text.Substring(sentence.Start, sentence.Length).ToLowerInvariant();
        return Hedges.Any(h => lower.Contains(h, StringComparison.Ordinal));
    }

    private static bool SentenceIsHonest(string text, Text.TextSpan sentence) => ClauseSplitter.ContainsAny(text, sentence, Honest);

    private static bool ComparesGroups(string text, Text.TextSpan clause) => ClauseSplitter.ContainsAny(text, clause, BetweenGroups);

    private static bool NamesGroups(string text, Text.TextSpan clause) => ClauseSplitter.ContainsAny(text, clause, ["groups", "arms", "between"]);

    private static bool IsNegatedClause(string text, Text.TextSpan clause) => ClauseSplitter.IsNegated(text, clause);

    /// <summary>Each sentence cut into clauses once, and each test of a span's words made once per span and test.</summary>
    private sealed class ClauseCache(string text)
    {
        private readonly Dictionary<Text.TextSpan, List<Text.TextSpan>> _clauses = [];
        private readonly Dictionary<(Text.TextSpan, Func<string, Text.TextSpan, bool>), bool> _tests = [];

        internal List<Text.TextSpan> ClausesOf(Text.TextSpan sentence)
        {
            if (!_clauses.TryGetValue(sentence, out var clauses))
            {
                _clauses[sentence] = clauses = ClauseSplitter.Of(text, sentence);
            }

            return clauses;
        }

        internal Text.TextSpan ClauseOf(int position, Text.TextSpan sentence) => ClauseSplitter.Containing(ClausesOf(sentence), position, sentence);

        internal bool Test(Text.TextSpan span, Func<string, Text.TextSpan, bool> test)
        {
            if (!_tests.TryGetValue((span, test), out bool result))
            {
                _tests[(span, test)] = result = test(text, span);
            }

            return result;
        }
    }

    private sealed record Result(Text.TextSpan Span, bool? Significant, string Citation, HashSet<string> Terms);

    /// <summary>The results of the block outside its conclusions, numeric or worded, clause by clause, with the outcome terms of their clauses.</summary>
    private static List<Result> Evidence(RuleContext context, Block block, IReadOnlyCollection<Claim> claims, HashSet<Text.TextSpan> conclusions)
    {
        string source = context.Source.Text;
        var sections = block.Sentences.ToDictionary(s => s.Span, s => s.Section?.ToLowerInvariant());
        var results = new List<Result>();
        var cache = new ClauseCache(source);
        foreach (var sentence in claims.Where(c => !conclusions.Contains(c.SentenceSpan)).GroupBy(c => c.SentenceSpan))
        {
            if (sections.GetValueOrDefault(sentence.Key) is { } section && NotResultSections.Any(n => section.StartsWith(n, StringComparison.Ordinal))
                || ClauseSplitter.ContainsAny(source, sentence.Key, NotResultWords)
                || (ClauseSplitter.ContainsAny(source, sentence.Key, ["baseline"]) && !ClauseSplitter.ContainsAny(source, sentence.Key, ChangeFromBaseline)))
            {
                continue;
            }

            string text = context.SentenceText(sentence.Key);
            var clauses = ClauseSplitter.Of(source, sentence.Key);
            var byClause = ClauseSplitter.Assign(clauses, sentence, c => c.Span.Start);
            for (int k = 0; k < clauses.Count; k++)
            {
                var clause = clauses[k];
                var inClause = byClause[k];
                if (inClause.Count == 0)
                {
                    continue;
                }

                var terms = OutcomeTerms.Of(source[clause.Start..clause.End]);
                var numeric = ResultSignificance.Of(source, inClause, context.Alpha).ToList();
                foreach (var r in numeric)
                {
                    results.Add(new Result(r.Claim.Span, r.Significant, $"{r.Citation} in \"{Shorten(text)}\"", terms));
                }

                if (numeric.Count > 0)
                {
                    continue;
                }

                foreach (var statement in inClause.OfType<SignificanceStatement>())
                {
                    if (statement.Wording is SignificanceWording.NoDifference or SignificanceWording.NotSignificant
                        && (statement.Text.Contains("signific", StringComparison.OrdinalIgnoreCase) || statement.Text.Contains("differ", StringComparison.OrdinalIgnoreCase)
                            // "similar" says no difference only when groups are being compared ("both groups showed similar results for TSS").
                            || cache.Test(clause, NamesGroups))
                        // A worded null result counts only when it compares groups: "no significant weight rebound for either group" is a change within each.
                        && cache.Test(clause, ComparesGroups))
                    {
                        results.Add(new Result(statement.Span, false, $"'{statement.Text}' in \"{Shorten(text)}\"", terms));
                    }
                    else if (statement.Wording == SignificanceWording.Significant && !cache.Test(clause, IsNegatedClause))
                    {
                        results.Add(new Result(statement.Span, true, statement.Text, terms));
                    }
                }
            }
        }

        return results;
    }

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

    /// <summary>Terms in at least half the block's sentences (the intervention's name, the disease) say nothing about which outcome.</summary>
    private static HashSet<string> CommonTerms(Block block)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in block.Sentences)
        {
            foreach (var term in OutcomeTerms.Of(sentence.Text).Where(t => !t.StartsWith("g:", StringComparison.Ordinal)))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }

        return counts.Where(kv => kv.Value * 2 >= block.Sentences.Length && block.Sentences.Length >= 4).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The words after the claim up to the next clause boundary: "may offer potential benefits" → "lung recovery".</summary>
    private static string OutcomePhrase(RuleContext context, SignificanceStatement statement, Text.TextSpan clause)
    {
        // The outcome ends with the claim's clause: "superior regarding MV but not PICU stay" is about MV.
        // It is read from a window of the clause: an outcome is a few words, and a clause of a million
        // characters with a statement every few words must not be copied once per statement.
        int from = statement.Span.End, to = Math.Min(clause.End, from + OutcomeWindow);
        string rest = context.Source.Text[from..to];
        if (rest.StartsWith(" than ", StringComparison.Ordinal))
        {
            // "more effective than non-surgical management in relieving pain": the outcome follows the comparator.
            int at = rest.IndexOfAny([',', ';']) is var stop and >= 0 ? stop : rest.Length;
            int inAt = rest.IndexOf(" in ", StringComparison.Ordinal) is var i and >= 0 && i < at ? i : rest.IndexOf(" for ", StringComparison.Ordinal) is var f and >= 0 && f < at ? f : -1;
            rest = inAt >= 0 ? rest[inAt..] : string.Empty;
        }

        if (rest.StartsWith(" for ", StringComparison.Ordinal) || rest.StartsWith(" in ", StringComparison.Ordinal))
        {
            rest = rest[(rest.IndexOf(' ', 1) + 1)..];
        }

        int end = rest.Length;
        foreach (var stop in Stops)
        {
            int at = rest.Length > 1 ? rest.IndexOf(stop, 1, StringComparison.Ordinal) : -1;
            if (at > 0 && at < end)
            {
                end = at;
            }
        }

        string phrase = rest[..end].Trim();
        phrase = phrase.StartsWith("the ", StringComparison.Ordinal) ? phrase[4..] : phrase;
        // "improvements were maintained at 24 months", "effective and well tolerated": no outcome is named after the claim.
        string first = phrase.Split(' ', 2)[0].ToLowerInvariant();
        return Auxiliaries.Contains(first) ? string.Empty : phrase;
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "…";
}
