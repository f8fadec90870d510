using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Changes;

/// <summary>
/// CC2015: a number needed to treat (or harm) that is not 1 / the absolute risk difference of the two arms' shares
/// it derives from (in its sentence or the one before), nor of an absolute risk reduction printed in its sentence.
/// 1/ARR is rounded up by convention and to the nearest by some: both are accepted, with the rounding of every
/// printed number.
/// </summary>
internal sealed class NumberNeededRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.NumberNeeded,
        "Number needed to treat does not match the absolute risk difference",
        "'{0}': {1}, so 1/ARR = {2} ({3} with rounding; the NNT is 1/ARR rounded up, {4}), not {5}",
        RuleCategory.Estimates,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var basis in context.Links.ChangeBases)
        {
            if (basis.Claim is not RiskQuantityClaim { Quantity: RiskQuantity.NumberNeededToTreat or RiskQuantity.NumberNeededToHarm } nnt)
            {
                continue;
            }

            Interval arr;
            string from;
            IEnumerable<Text.TextSpan> spans;
            if (basis is { First: { IsShare: true } a, Second: { IsShare: true } b })
            {
                var points = ArmRatio.Difference(a, b);
                arr = new Interval(points.Lower / 100, points.Upper / 100);
                from = $"{a.Text} and {b.Text} differ by {Printed.F(points, 2)} points";
                spans = [a.Span, b.Span];
            }
            else if (context.ClaimsOfSentence(nnt.SentenceSpan).OfType<RiskQuantityClaim>().FirstOrDefault(q => q.Quantity is RiskQuantity.AbsoluteRiskReduction or RiskQuantity.AbsoluteRiskIncrease) is { } printedArr)
            {
                // A percent, or a natural frequency: "46 fewer deaths per 1,000" is 46/1,000.
                var range = Printed.Range(printedArr.Value);
                double scale = printedArr.Per is { } per ? per.Value : 100;
                arr = new Interval(range.Lower / scale, range.Upper / scale);
                from = printedArr.Per is { } count ? $"the absolute risk difference is {printedArr.Value} per {count.Text}" : $"the absolute risk difference is {printedArr.Value}";
                spans = [printedArr.Value.Span];
            }
            else
            {
                continue;
            }

            if (arr.Lower <= 0)
            {
                continue;
            }

            double low = 1 / arr.Upper, high = 1 / arr.Lower;
            var printed = Printed.Range(nnt.Value);
            if (printed.Upper < Math.Floor(low) || printed.Lower > Math.Ceiling(high))
            {
                context.Report(Rule, nnt.Span, spans, null, nnt.Text, from, Printed.F(1 / ((arr.Lower + arr.Upper) / 2), 2),
                    $"{Printed.F(low, 2)} to {Printed.F(high, 2)}", Printed.F(Math.Ceiling(low), 0) + (Math.Ceiling(high) > Math.Ceiling(low) ? " to " + Printed.F(Math.Ceiling(high), 0) : string.Empty), nnt.Value.Text);
            }
        }
    }
}
