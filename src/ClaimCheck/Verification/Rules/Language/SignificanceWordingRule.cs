using System.Text.RegularExpressions;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;

using ClaimCheck.Segmenting;

namespace ClaimCheck.Verification.Rules.Language;

/// <summary>
/// CC3002: significance wording contradicts the numbers of the same clause, both ways: "significantly
/// reduced" beside a non-significant result (Error), "no significant difference" beside a significant
/// one (Error), and a change described as real ("showed an increased distance", "improved") beside a
/// non-significant result with no word saying so (Warning). Wording and numbers are paired only within
/// one clause (<see cref="ClauseSplitter"/>): in "A improved (p = .01), but B did not differ" neither half
/// contradicts the other. "numerical improvement", "a trend", "did not reach significance", negated
/// wording ("significant differences were not found"), "clinically significant", "similar results",
/// "or better" and descriptive nouns ("the mean increase was 28 μm") are not claims of significance and pass;
/// so does a result the printed number cannot decide (<see cref="ResultSignificance"/>).
/// </summary>
internal sealed partial class SignificanceWordingRule : Rule
{
    internal static readonly RuleDescriptor Rule = new(
        "CC3002",
        "Significance wording contradicts the numbers",
        "'{0}' {1}, but {2}",
        "Language",
        Severity.Warning);

    [GeneratedRegex(@"\b(increased|increases|improved|improves|reduced|reduces|decreased|decreases|enhanced|better|superior|benefited|lowered|raised)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Directional();

    [GeneratedRegex(@"\b(numerical(ly)?|non-?significant(ly)?|not (statistically )?significant(ly)?|no (statistically )?significant|did not reach|failed to reach|trend|tended|similar|comparable|no difference|not differ|slight(ly)?|marginal(ly)?)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Honest();

    // Words before a change word that make it a measured quantity ("the mean reduced score"), not a claim.
    private static readonly string[] Descriptive = ["the", "mean", "median", "average", "absolute", "relative", "percent", "percentage", "successful"];

    // A change described in every group is a change over time, not a difference between groups.
    private static readonly string[] WithinGroups = ["both groups", "both arms", "all groups", "all arms", "each group", "each arm", "either group", "in both", "over time", "respectively"];

    private static readonly string[] NotStatistical = ["clinically", "clinical", "similar results", "similar findings", "similar pattern", "similar trends", "similar effects", "or better", "or worse"];

    internal override RuleDescriptor Descriptor => Rule;

    internal override void Analyze(RuleContext context)
    {
        string source = context.Source.Text;
        foreach (var block in context.Extraction.Blocks)
        {
            foreach (var sentence in block.Claims.GroupBy(c => c.SentenceSpan))
            {
                var clauses = ClauseSplitter.Of(source, sentence.Key);
                // Claims are dealt to their clauses in one pass, and the sentence-wide test is made once: a
                // sentence of thousands of clauses must cost its length, not its length times its clauses.
                var byClause = ClauseSplitter.Assign(clauses, sentence, c => c.Span.Start);
                bool? honest = null;
                for (int k = 0; k < clauses.Count; k++)
                {
                    var clause = clauses[k];
                    var claims = byClause[k];
                    var results = ResultSignificance.Of(source, claims, context.Alpha).ToList();
                    if (results.Count == 0 || ClauseSplitter.ContainsAny(source, clause, NotStatistical))
                    {
                        continue;
                    }

                    Check(context, clause, claims, results, () => honest ??= Honest().IsMatch(context.Source.AsSpan(sentence.Key)));
                }
            }
        }
    }

    private static void Check(RuleContext context, Text.TextSpan clause, List<Extraction.Claims.Claim> claims, List<ResultSignificance.Evidence> results, Func<bool> sentenceIsHonest)
    {
        string source = context.Source.Text;
        string text = source[clause.Start..clause.End];
        bool negated = ClauseSplitter.IsNegated(source, clause);
        var statements = claims.OfType<SignificanceStatement>().Where(s => !IsQuoted(source, s.Span)).ToList();
        var significantWording = statements.FirstOrDefault(s => s.Wording == SignificanceWording.Significant);
        var nullWording = statements.FirstOrDefault(s => s.Wording is SignificanceWording.NoDifference or SignificanceWording.NotSignificant
                                                          && (s.Text.Contains("signific", StringComparison.OrdinalIgnoreCase) || s.Text.Contains("differ", StringComparison.OrdinalIgnoreCase))
                                                          && !s.Text.Contains(" or ", StringComparison.Ordinal));
        if (statements.Any(s => s.Wording == SignificanceWording.Marginal))
        {
            return;
        }

        if (significantWording is not null && nullWording is null && !negated && results.All(r => r.Significant == false))
        {
            Report(context, significantWording.Span, significantWording.Text, "says the result is significant", results, false, Severity.Error);
        }
        else if (nullWording is not null && significantWording is null
                 && results.Where(r => r.Claim.Span.Start > nullWording.Span.Start).ToList() is { Count: > 0 } after && after.All(r => r.Significant == true))
        {
            // "No difference in A (p = .02)": the numbers the wording introduces, not those of an earlier comparison in the clause.
            Report(context, nullWording.Span, nullWording.Text, "says there is no significant difference", after, true, Severity.Error);
        }
        else if (significantWording is null && statements.Count(s => s.Wording != SignificanceWording.Benefit) == 0 && !negated && results.All(r => r.Significant == false)
                 && !sentenceIsHonest() && !ClauseSplitter.ContainsAny(source, clause, WithinGroups)
                 && !text.TrimStart().StartsWith("except", StringComparison.OrdinalIgnoreCase)
                 && Directional().Match(text) is { Success: true } word && !IsDescriptive(text, word.Index))
        {
            var span = new Text.TextSpan(clause.Start + word.Index, word.Length);
            Report(context, span, word.Value, "describes a change as real", results, false, null);
        }
    }

    /// <summary>Wording inside quotation marks is someone's words being reported ("smoking makes 'no difference' to weight").</summary>
    private static bool IsQuoted(string text, Text.TextSpan span)
        => span.Start > 0 && text[span.Start - 1] is '\'' or '‘' or '“' or '"' or '’';

    /// <summary>True when the word before the change word makes it a quantity ("the increase", "mean reduction").</summary>
    private static bool IsDescriptive(string text, int at)
    {
        int end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var previous = text.AsSpan(start, end - start);
        foreach (var word in Descriptive)
        {
            if (previous.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(RuleContext context, Text.TextSpan span, string wording, string claim, List<ResultSignificance.Evidence> results, bool significant, Severity? severity)
    {
        string numbers = string.Join("; ", results.Select(r => r.Citation));
        string verdict = significant ? $"the numbers are significant at α = {context.Alpha}: {numbers}" : $"the numbers are not significant at α = {context.Alpha}: {numbers}";
        context.Report(Rule, span, results.Select(r => r.Claim.Span), severity, wording, claim, verdict);
    }
}
