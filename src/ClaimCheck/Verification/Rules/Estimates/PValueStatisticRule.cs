using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>CC2008: a p-value its test statistic and degrees of freedom cannot give, by statcheck's conventions (<see cref="Statcheck"/>). A mismatch that changes the significance decision is CC2009 instead.</summary>
internal sealed class PValueStatisticRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.PValueStatistic,
        "p-value inconsistent with its test statistic",
        "{0} gives p between {1} and {2} (the statistic within its rounding interval), but the text gives {3} {4}",
        RuleCategory.Estimates,
        Severity.Warning);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    /// <summary>The statistic as printed, up to its value ("F(2, 28) = 4.40").</summary>
    internal static string StatisticLabel(RuleContext context, TestStatisticClaim claim)
        => context.Quote(Text.TextSpan.FromBounds(claim.Span.Start, Math.Min(claim.Span.End, claim.Value.Span.End))).Trim();

    public override void Analyze(RuleContext context)
    {
        foreach (var claim in context.Extraction.Claims.OfType<TestStatisticClaim>())
        {
            if (Statcheck.Check(claim, context.Links.Sentence(claim.SentenceSpan).DeclaresOneSided, context.Alpha) is { Consistent: false, DecisionFlips: false } outcome)
            {
                context.Report(Rule, claim.P!.Span, [claim.Value.Span], null, StatisticLabel(context, claim),
                    Printed.F(outcome.Computed.Lower, 4), Printed.F(outcome.Computed.Upper, 4), PValueIntervalRule.Relation(claim.P.Relation), outcome.P.Text);
            }
        }
    }
}
