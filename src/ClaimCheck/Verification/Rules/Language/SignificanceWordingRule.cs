using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;
using ClaimCheck.Segmenting;
using ClaimCheck.Text;

namespace ClaimCheck.Verification.Rules.Language;

/// <summary>
/// CC3002: significance wording contradicts the numbers of the same clause, both ways: "significantly
/// reduced" beside a non-significant result (Error), "no significant difference" beside a significant
/// one (Error), and a change described as real ("showed an increased distance", "improved") beside a
/// non-significant result with no word saying so (Warning). Wording and numbers are paired only within
/// one clause (<see cref="Sentence.Clauses"/>): in "A improved (p = .01), but B did not differ" neither half
/// contradicts the other. "numerical improvement", "a trend", "did not reach significance", negated
/// wording ("significant differences were not found"), "clinically significant", "similar results",
/// "or better" and descriptive nouns ("the mean increase was 28 μm") are not claims of significance and pass;
/// so does a result the printed number cannot decide (<see cref="ResultEvidence"/>), a table row or legend, an
/// exception ("Except for A, …"), earlier work, boilerplate and methods sentences (criteria such as "entry P-value = 0.1").
/// The rule reads roles, cues and claims only.
/// </summary>
internal sealed class SignificanceWordingRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.SignificanceWording,
        "Significance wording contradicts the numbers",
        "'{0}' {1}, but the numbers are {2} at α = {3}: {4}",
        RuleCategory.Language,
        Severity.Info);

    // Clauses whose numbers are not the clause's own claim: clinical significance, a table, an exception, earlier work, boilerplate.
    private static readonly CueKind[] Skipped = [CueKind.NotStatistical, CueKind.LoosePattern, CueKind.TableRow, CueKind.Exception, CueKind.PriorWork, CueKind.Boilerplate];

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var block in context.Extraction.Blocks)
        {
            foreach (var group in block.Claims.GroupBy(c => c.SentenceSpan))
            {
                // A methods sentence states criteria ("entry P-value = 0.1"), not results.
                if (context.SentenceAt(group.Key) is not { } sentence || sentence.Role == SentenceRole.Methods)
                {
                    continue;
                }

                // Words anywhere in the sentence that admit the result was not established ("a trend", "similar").
                bool honest = sentence.Has(CueKind.NonSignificance) || sentence.Has(CueKind.Equivalence);
                // Claims are dealt to their clauses in one pass: a sentence of thousands of clauses costs its length.
                var clauses = sentence.Clauses;
                var byClause = ClauseSplitter.Assign([.. clauses.Select(c => c.Span)], group, c => c.Span.Start);
                for (int k = 0; k < clauses.Length; k++)
                {
                    var clause = clauses[k];
                    var results = context.Results.InClause(clause.Span);
                    if (results.Count == 0 || Skipped.Any(clause.Has))
                    {
                        continue;
                    }

                    Check(context, clause, byClause[k], [.. results], honest);
                }
            }
        }
    }

    private static void Check(RuleContext context, Clause clause, List<Claim> claims, List<ResultEvidence.Evidence> results, bool sentenceIsHonest)
    {
        bool negated = clause.Has(CueKind.Negated);
        var statements = claims.OfType<SignificanceStatement>().Where(s => !IsQuoted(clause, s.Span)).ToList();
        var significantWording = statements.FirstOrDefault(s => s.Wording == SignificanceWording.Significant);
        var nullWording = statements.FirstOrDefault(s => s.Wording is SignificanceWording.NoDifference or SignificanceWording.NotSignificant
                                                          && clause.Has(CueKind.SignificanceTerm, s.Span) && !clause.Has(CueKind.Disjunction, s.Span));
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
                 && !sentenceIsHonest && !clause.Has(CueKind.EveryArm)
                 && clause.Cues.FirstOrDefault(c => c.Kind == CueKind.Change) is { Kind: CueKind.Change } change)
        {
            Report(context, change.Span, context.Quote(change.Span), "describes a change as real", results, false, null);
        }
    }

    /// <summary>Wording just after a quotation mark is someone's words being reported ("smoking makes 'no difference' to weight").</summary>
    private static bool IsQuoted(Clause clause, TextSpan span) => clause.Cues.Any(c => c.Kind == CueKind.Quoted && c.Span.End == span.Start);

    private static void Report(RuleContext context, TextSpan span, string wording, string claim, List<ResultEvidence.Evidence> results, bool significant, Severity? severity)
    {
        string numbers = string.Join("; ", results.Select(r => r.Citation));
        context.Report(Rule, span, results.Select(r => r.Claim.Span), severity, wording, claim, significant ? "significant" : "not significant", context.Alpha, numbers);
    }
}
