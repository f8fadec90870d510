using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>
/// CC2010: a value no statistic can take: p below 0 or above 1, p printed as exactly 0 ("p = .000"),
/// |r| above 1, a negative standard deviation, a confidence level of 100% or more (or 0 or less).
/// </summary>
internal sealed class ImpossibleStatisticRule : Rule
{
    internal static readonly RuleDescriptor Rule = new(
        "CC2010",
        "Impossible statistic",
        "'{0}': {1}",
        "Estimates",
        Severity.Error);

    internal override RuleDescriptor Descriptor => Rule;

    internal override void Analyze(RuleContext context)
    {
        var seen = new HashSet<Text.TextSpan>();
        foreach (var claim in context.Extraction.Claims)
        {
            if ((claim as ITestedClaim)?.P is { Value: { } value } p && seen.Add(p.Span))
            {
                if ((value.Value < 0 || value.Value > 1) && !value.FollowedByWord)
                {
                    context.Report(Rule, p.Span, [], null, context.Source.ToString(p.Span), "a p-value lies between 0 and 1");
                }
                else if (value.Value == 0 && p.Relation == RelationalOperator.Equal && !value.ContinuesAsDecimal)
                {
                    context.Report(Rule, p.Span, [], Severity.Warning, context.Source.ToString(p.Span), value.Decimals >= 2
                        ? "a p-value is never exactly 0; this is a rounded p and should be written p < " + Printed.F(Math.Pow(10, -value.Decimals), value.Decimals)
                        : "a p-value is never exactly 0; the p-value should be given with its digits (p < 0.001 for a very small one)");
                }
            }

            switch (claim)
            {
                case TestStatisticClaim { Statistic: TestStatisticKind.R } r when Math.Abs(r.Value.Value) - r.Value.HalfUnit > 1:
                    context.Report(Rule, r.Value.Span, [], null, r.Text, "a correlation lies between −1 and 1");
                    break;
                case MeanSdClaim m when m.Spread.Value < 0 && m.SpreadKind != SpreadKind.StandardError:
                    context.Report(Rule, m.Spread.Span, [], null, m.Text, "a standard deviation is never negative");
                    break;
            }

            if ((claim as IEstimateClaim)?.Interval is { Level: { } level } && (level.Value >= 100 || level.Value <= 0))
            {
                context.Report(Rule, level.Span, [], null, claim.Text, $"a confidence level lies strictly between 0% and 100%, not {level.Text}%");
            }
        }
    }
}
