using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;

namespace ClaimCheck.Verification.Rules.Language;

/// <summary>
/// CC3001: a concluding or summary sentence claims benefit, improvement or efficacy for an outcome whose
/// reported results in the same block are all not significant (interval crossing the null value, p ≥ α,
/// or "similar" / "no significant difference"). The outcome is matched by its words and the outcome
/// lexicon ("lung recovery" ↔ computed tomography, lung severity scores). Error; Warning when the claim is
/// hedged ("may", "potential", "suggest"). Nothing fires when any matching result is significant, or when
/// no result matches.
/// </summary>
internal sealed class BenefitOnNonSignificantRule : Rule
{
    internal static readonly RuleDescriptor Rule = new(
        "CC3001",
        "Benefit claimed on a non-significant result",
        "'{0}' claims a benefit for {1}, but the results for it are not significant: {2}{3}",
        "Language",
        Severity.Error);

    private static readonly string[] Stops = [",", ";", ".", " and ", " in ", " among ", " of patients", " for patients", " compared", " versus", " vs", " with "];
    private static readonly string[] Hedges = ["may ", "might ", "could ", "potential", "suggest", "possibl", "appear"];

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
            foreach (var statement in blockClaims.Claims.OfType<SignificanceStatement>())
            {
                if (statement.Wording is not (SignificanceWording.Benefit or SignificanceWording.Significant) || !conclusionSpans.Contains(statement.SentenceSpan))
                {
                    continue;
                }

                string outcome = OutcomePhrase(context, statement);
                var terms = OutcomeTerms.Of(outcome);
                var matched = evidence.Where(e => OutcomeTerms.Shared(terms, e.Terms, common).Any()).ToList();
                if (matched.Count == 0 || matched.Any(e => e.Significant))
                {
                    continue;
                }

                string sentence = context.SentenceText(statement.SentenceSpan).ToLowerInvariant();
                bool hedged = statement.IsHedged || Hedges.Any(h => sentence.Contains(h, StringComparison.Ordinal));
                string citations = string.Join("; ", matched.Select(e => e.Citation).Distinct().Take(4));
                context.Report(Rule, statement.Span, matched.Select(e => e.Span), hedged ? Severity.Warning : null,
                    statement.Text, outcome.Length > 0 ? $"'{outcome}'" : "the outcome", citations, hedged ? " (the claim is hedged, which softens but does not excuse it)" : string.Empty);
            }
        }
    }

    private sealed record Result(Text.TextSpan Span, bool Significant, string Citation, HashSet<string> Terms);

    /// <summary>The results of the block outside its conclusions, numeric or worded, with the outcome terms of their sentences.</summary>
    private static List<Result> Evidence(RuleContext context, Block block, IReadOnlyCollection<Claim> claims, HashSet<Text.TextSpan> conclusions)
    {
        var results = new List<Result>();
        foreach (var sentence in claims.Where(c => !conclusions.Contains(c.SentenceSpan)).GroupBy(c => c.SentenceSpan))
        {
            string text = context.SentenceText(sentence.Key);
            var terms = OutcomeTerms.Of(text);
            var numeric = ResultSignificance.Of(context.Source.Text, [.. sentence], context.Alpha).ToList();
            foreach (var r in numeric)
            {
                results.Add(new Result(r.Claim.Span, r.Significant, $"{r.Citation} in \"{Shorten(text)}\"", terms));
            }

            if (numeric.Count > 0)
            {
                continue;
            }

            foreach (var statement in sentence.OfType<SignificanceStatement>())
            {
                if (statement.Wording is SignificanceWording.NoDifference or SignificanceWording.NotSignificant)
                {
                    results.Add(new Result(statement.Span, false, $"'{statement.Text}' in \"{Shorten(text)}\"", terms));
                }
                else if (statement.Wording == SignificanceWording.Significant)
                {
                    results.Add(new Result(statement.Span, true, statement.Text, terms));
                }
            }
        }

        return results;
    }

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
    private static string OutcomePhrase(RuleContext context, SignificanceStatement statement)
    {
        int from = statement.Span.End, to = statement.SentenceSpan.End;
        string rest = context.Source.Text[from..to];
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
        return phrase.StartsWith("the ", StringComparison.Ordinal) ? phrase[4..] : phrase;
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "…";
}
