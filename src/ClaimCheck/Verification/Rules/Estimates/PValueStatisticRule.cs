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
        "{0} gives p between {1} and {2} ({3}; {6}), but the text gives {4}{5}",
        RuleCategory.Estimates,
        Severity.Info);

    /// <summary>CC2008's wording, at Info, for a p that fits only when read as truncated rather than rounded.</summary>
    internal static readonly RuleDescriptor Truncated = Rule with
    {
        MessageFormat = "{0} gives p between {1} and {2} ({3}; {6}): the text's {4}{5} fits only if the p was truncated, not rounded (statcheck counts it an error; the unrounded p would decide it)",
    };

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule, Truncated];

    /// <summary>The statistic as printed, up to its value ("F(2, 28) = 4.40").</summary>
    internal static string StatisticLabel(RuleContext context, TestStatisticClaim claim)
        => context.Quote(Text.TextSpan.FromBounds(claim.Span.Start, Math.Min(claim.Span.End, claim.Value.Span.End))).Trim();

    /// <summary>One-sided tests declared anywhere in the text, or (with a bare "directional") in the result's sentence, or assumed by the options.</summary>
    internal static bool DeclaresOneSided(RuleContext context, TestStatisticClaim claim)
        => context.OneSidedTestsAllowed || context.Links.Sentence(claim.SentenceSpan).DeclaresOneSided;

    /// <summary>Which reading of the result was tried, for the message: two-sided, and one-sided too when the text declares it or the options assume it.</summary>
    internal static string Reading(RuleContext context, TestStatisticClaim claim)
        => !DeclaresOneSided(context, claim) ? "two-sided"
            : context.OneSidedTestsAllowed ? $"two-sided, and one-sided {context.OneSidedReason}" : "two-sided, and one-sided as the text declares one-sided tests";

    /// <summary>Which values of the statistic were taken: its rounding interval, or everything beyond its printed bound.</summary>
    internal static string StatisticRange(TestStatisticClaim claim) => claim.Relation switch
    {
        RelationalOperator.Less or RelationalOperator.LessOrEqual => "the statistic anywhere below its printed bound",
        RelationalOperator.Greater or RelationalOperator.GreaterOrEqual => "the statistic anywhere above its printed bound",
        _ => "the statistic within its rounding interval",
    };

    /// <summary>"p = ", "p &lt; ", … as printed; empty for a p written as words ("ns"), which carries its own meaning.</summary>
    internal static string ReportedRelation(PValue p) => p.IsNotSignificantNotation ? string.Empty : PValueIntervalRule.Relation(p.Relation) + " ";

    public override void Analyze(RuleContext context)
    {
        foreach (var claim in context.Extraction.Claims.OfType<TestStatisticClaim>())
        {
            if (Statcheck.Check(claim, DeclaresOneSided(context, claim), context.Links.DeclaresCorrectedPValues, context.Alpha) is { Consistent: false, DecisionFlips: false } outcome)
            {
                context.Report(outcome.FitsTruncated ? Truncated : Rule, claim.P!.Span, [claim.Value.Span], outcome.FitsTruncated ? Severity.Info : null, StatisticLabel(context, claim),
                    Printed.F(outcome.Computed.Lower, 4), Printed.F(outcome.Computed.Upper, 4), Reading(context, claim), ReportedRelation(claim.P), outcome.PText, StatisticRange(claim));
            }
        }
    }
}
