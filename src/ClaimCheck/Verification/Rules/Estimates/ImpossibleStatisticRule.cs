using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>
/// CC2010: a value no statistic can take: p below 0 or above 1, p printed as exactly 0 ("p = .000") or bounded by it ("p &lt; .000"),
/// |r| above 1, a negative standard deviation, a confidence level of 100% or more (or 0 or less).
/// </summary>
internal sealed class ImpossibleStatisticRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.ImpossibleStatistic,
        "Impossible statistic",
        "'{0}': a p-value lies between 0 and 1",
        RuleCategory.Estimates,
        Severity.Error);

    // CC2010's other wordings, one per impossibility.
    internal static readonly RuleDescriptor RoundedZeroP = Rule with { MessageFormat = "'{0}': a p-value is never exactly 0; this is a rounded p and should be written p < {1}" };

    internal static readonly RuleDescriptor ZeroP = Rule with { MessageFormat = "'{0}': a p-value is never exactly 0; the p-value should be given with its digits (p < 0.001 for a very small one)" };

    internal static readonly RuleDescriptor BelowZeroP = Rule with { MessageFormat = "'{0}': no p-value lies below 0; this is a notation slip, probably for p < {1}" };

    internal static readonly RuleDescriptor Correlation = Rule with { MessageFormat = "'{0}': a correlation lies between −1 and 1" };

    internal static readonly RuleDescriptor NegativeSd = Rule with { MessageFormat = "'{0}': a standard deviation is never negative" };

    internal static readonly RuleDescriptor ConfidenceLevel = Rule with { MessageFormat = "'{0}': a confidence level lies strictly between 0% and 100%, not {1}%" };

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule, RoundedZeroP, ZeroP, BelowZeroP, Correlation, NegativeSd, ConfidenceLevel];

    public override void Analyze(RuleContext context)
    {
        var seen = new HashSet<Text.TextSpan>();
        foreach (var claim in context.Extraction.Claims)
        {
            if ((claim as ITestedClaim)?.P is { Value: { } value } p && seen.Add(p.Span))
            {
                if ((value.Value < 0 || value.Value > 1) && !value.FollowedByWord)
                {
                    // Info: held out, 0 of 3 were true (the text had been mangled, "P &#60; 0.001" read as "P <60").
                    context.Report(Rule, p.Span, [], Severity.Info, context.Quote(p.Span));
                }
                else if (value.Value == 0 && value.IsPrintedAsZero && p.Relation == RelationalOperator.Equal && !value.ContinuesAsDecimal)
                {
                    context.Report(value.Decimals >= 2 ? RoundedZeroP : ZeroP, p.Span, [], Severity.Warning, context.Quote(p.Span), Printed.F(Math.Pow(10, -value.Decimals), value.Decimals));
                }
                else if (value.Value == 0 && value.IsPrintedAsZero && p.Relation is RelationalOperator.Less or RelationalOperator.LessOrEqual && !value.ContinuesAsDecimal && value.Decimals >= 1)
                {
                    // "p < .000": statcheck counts every p ≤ 0 an error.
                    context.Report(BelowZeroP, p.Span, [], Severity.Warning, context.Quote(p.Span), Printed.F(Math.Pow(10, -value.Decimals), value.Decimals));
                }
            }

            switch (claim)
            {
                case TestStatisticClaim { Statistic: TestStatisticKind.R } r when Math.Abs(r.Value.Value) - r.Value.HalfUnit > 1:
                    context.Report(Correlation, r.Value.Span, [], null, r.Text);
                    break;
                case MeanSdClaim m when m.Spread.Value < 0 && m.SpreadKind != SpreadKind.StandardError:
                    context.Report(NegativeSd, m.Spread.Span, [], null, m.Text);
                    break;
            }

            if ((claim as IEstimateClaim)?.Interval is { Level: { } level } && (level.Value >= 100 || level.Value <= 0))
            {
                context.Report(ConfidenceLevel, level.Span, [], null, claim.Text, level.Text);
            }
        }
    }
}
