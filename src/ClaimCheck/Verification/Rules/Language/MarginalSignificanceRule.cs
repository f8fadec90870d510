using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Verification.Rules.Language;

/// <summary>
/// CC3003 (Info): marginal-significance language ("marginally significant", "a trend towards", "approached significance"),
/// outside boilerplate (a forward-looking statement's "trends toward cost containment" is not a result).
/// </summary>
internal sealed class MarginalSignificanceRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.MarginalSignificance,
        "Marginal-significance language",
        "'{0}' presents a result that missed significance as almost significant; the result is either significant at the chosen α or it is not",
        RuleCategory.Language,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var statement in context.Extraction.Claims.OfType<SignificanceStatement>().Where(s => s.Wording == SignificanceWording.Marginal))
        {
            if (context.SentenceAt(statement.SentenceSpan)?.ClauseAt(statement.Span.Start) is { } clause && clause.Has(CueKind.Boilerplate))
            {
                continue;
            }

            context.Report(Rule, statement.Span, [], null, statement.Text);
        }
    }
}
