using System.Text.RegularExpressions;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Verification.Rules.Language;

/// <summary>
/// CC3002: significance wording contradicts the numbers of the same sentence, both ways: "significantly
/// reduced" beside a non-significant result (Error), "no significant difference" beside a significant
/// one (Error), and a change described as real ("showed an increased distance", "improved") beside a
/// non-significant result with no word saying so (Warning). "numerical improvement", "a trend",
/// "did not reach significance" are honest and pass.
/// </summary>
internal sealed partial class SignificanceWordingRule : Rule
{
    internal static readonly RuleDescriptor Rule = new(
        "CC3002",
        "Significance wording contradicts the numbers",
        "'{0}' {1}, but {2}",
        "Language",
        Severity.Warning);

    [GeneratedRegex(@"\b(increased|increase|improved|improvement|improves|reduced|reduces|reduction|decreased|decrease|enhanced|better|superior|benefit(ed|s)?)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Directional();

    [GeneratedRegex(@"\b(numerical(ly)?|non-?significant(ly)?|not (statistically )?significant(ly)?|no (statistically )?significant|did not reach|failed to reach|trend|tended|similar|comparable|no difference|not differ)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Honest();

    internal override RuleDescriptor Descriptor => Rule;

    internal override void Analyze(RuleContext context)
    {
        foreach (var block in context.Extraction.Blocks)
        {
            foreach (var sentence in block.Claims.GroupBy(c => c.SentenceSpan))
            {
                var claims = sentence.ToList();
                var results = ResultSignificance.Of(context.Source.Text, claims, context.Alpha).ToList();
                if (results.Count == 0)
                {
                    continue;
                }

                string text = context.SentenceText(sentence.Key);
                var statements = claims.OfType<SignificanceStatement>().ToList();
                var significantWording = statements.FirstOrDefault(s => s.Wording == SignificanceWording.Significant);
                var nullWording = statements.FirstOrDefault(s => s.Wording is SignificanceWording.NoDifference or SignificanceWording.NotSignificant);
                if (significantWording is not null && results.All(r => !r.Significant))
                {
                    Report(context, significantWording.Span, significantWording.Text, "says the result is significant", results, false, Severity.Error);
                }
                else if (nullWording is not null && results.All(r => r.Significant) && significantWording is null)
                {
                    Report(context, nullWording.Span, nullWording.Text, "says there is no significant difference", results, true, Severity.Error);
                }
                else if (significantWording is null && nullWording is null && statements.All(s => s.Wording != SignificanceWording.Marginal)
                         && results.All(r => !r.Significant) && !Honest().IsMatch(text) && Directional().Match(text) is { Success: true } word)
                {
                    var span = new Text.TextSpan(sentence.Key.Start + word.Index, word.Length);
                    Report(context, span, word.Value, "describes a change as real", results, false, null);
                }
            }
        }
    }

    private static void Report(RuleContext context, Text.TextSpan span, string wording, string claim, List<ResultSignificance.Evidence> results, bool significant, Severity? severity)
    {
        string numbers = string.Join("; ", results.Select(r => r.Citation));
        string verdict = significant ? $"the numbers are significant at α = {context.Alpha}: {numbers}" : $"the numbers are not significant at α = {context.Alpha}: {numbers}";
        context.Report(Rule, span, results.Select(r => r.Claim.Span), severity, wording, claim, verdict);
    }
}
