using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>CC2009: a CC2008 mismatch where the reported and the recomputed p fall on different sides of α (statcheck's "decision error").</summary>
internal sealed class DecisionFlipRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.DecisionFlip,
        "Significance decision flips",
        "{0} gives p between {1} and {2} ({7}), which is {3} at α = {4}, but the text gives {5}{6}",
        RuleCategory.Estimates,
        Severity.Error);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var claim in context.Extraction.Claims.OfType<TestStatisticClaim>())
        {
            if (Statcheck.Check(claim, PValueStatisticRule.DeclaresOneSided(context, claim), context.Links.DeclaresCorrectedPValues, context.Alpha) is { DecisionFlips: true } outcome)
            {
                bool significant = outcome.Computed.Upper <= context.Alpha;
                context.Report(Rule, claim.P!.Span, [claim.Value.Span], null, PValueStatisticRule.StatisticLabel(context, claim),
                    Printed.F(outcome.Computed.Lower, 4), Printed.F(outcome.Computed.Upper, 4), significant ? "significant" : "not significant",
                    context.Alpha, PValueStatisticRule.ReportedRelation(claim.P), outcome.PText, PValueStatisticRule.Reading(context, claim));
            }
        }
    }
}
