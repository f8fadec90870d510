using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;

namespace ClaimCheck.Verification.Rules.Language;

/// <summary>
/// CC3004 (Info): a p-value given as a threshold ("p &lt; .05", "p &gt; 0.05") or as "n.s." rather than its
/// value. "p &lt; .001" is the accepted way to write a very small p and is not flagged; "p = .000" is CC2010's. A criterion
/// ("p &lt; 0.05 was considered significant", "H0: P = 0.5", <see cref="ResultEvidence.IsCriterion"/>) gives a threshold on
/// purpose and is not flagged.
/// </summary>
internal sealed class ImprecisePValueRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.ImprecisePValue,
        "Imprecise p-value",
        "'{0}' {1}; the exact p-value lets a reader judge the result",
        RuleCategory.Language,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        var seen = new HashSet<Text.TextSpan>();
        foreach (var claim in context.Extraction.Claims)
        {
            var p = (claim as ITestedClaim)?.P;
            if (p is null || !seen.Add(p.Span) || ResultEvidence.IsCriterion(context.Document, claim.SentenceSpan, p, asResult: false))
            {
                continue;
            }

            string text = context.Quote(p.Span);
            if (p.Value is null)
            {
                context.Report(Rule, p.Span, [], null, text, "says only that the result is not significant");
            }
            else if (p.Relation != RelationalOperator.Equal && p.Value.Value.Value >= 0.01)
            {
                context.Report(Rule, p.Span, [], null, text, "gives a threshold, not the p-value");
            }
        }
    }
}
