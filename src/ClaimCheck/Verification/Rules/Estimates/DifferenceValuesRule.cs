using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;
using ClaimCheck.Documents;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>
/// CC2007: a reported difference that is not the difference of the two group values reported with it
/// ("67.0 compared to 50.0, with a difference of 12.86"), in either order, absolute or relative, with
/// every number within its rounding interval. The values are often medians or unadjusted means and the
/// difference an adjusted mean difference: the message says so. Info when the sentence says adjusted.
/// </summary>
internal sealed class DifferenceValuesRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.DifferenceValues,
        "Reported difference is not the difference of the reported values",
        "{0} − {1} = {2} ({3} with rounding), but the reported difference is {4} ({5}){6}",
        RuleCategory.Estimates,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var link in context.Links.Blocks.SelectMany(l => l.ValueDifferences))
        {
            if (link.Difference.Estimate.IsRangeStart)
            {
                continue;
            }

            var a = link.Comparison.Values[0].Value;
            var b = link.Comparison.Values[1].Value;
            var d = link.Difference.Estimate;
            // Percentages compared beside a difference in other units (a score) are two different outcomes.
            if (a.IsPercent != d.IsPercent && a.IsPercent == b.IsPercent)
            {
                continue;
            }

            var ra = Printed.Range(a);
            var rb = Printed.Range(b);
            var rd = Printed.Range(d);
            var absolute = new Statistics.Interval(ra.Lower - rb.Upper, ra.Upper - rb.Lower);
            var reversed = new Statistics.Interval(-absolute.Upper, -absolute.Lower);
            bool matches = rd.Overlaps(absolute) || rd.Overlaps(reversed);
            if (!matches && rb.Lower > 0 && ra.Lower > 0)
            {
                // "reduced by 10%" may be relative to the other group.
                var relative = new Statistics.Interval(100 * absolute.Lower / rb.Upper, 100 * absolute.Upper / rb.Lower);
                var relativeOther = new Statistics.Interval(100 * reversed.Lower / ra.Upper, 100 * reversed.Upper / ra.Lower);
                matches = rd.Overlaps(relative) || rd.Overlaps(new(-relative.Upper, -relative.Lower)) || rd.Overlaps(relativeOther) || rd.Overlaps(new(-relativeOther.Upper, -relativeOther.Lower));
            }

            var sentence = context.SentenceAt(link.Difference.SentenceSpan);
            if (!matches && ra.Lower > 0 && rb.Lower > 0 && sentence?.Has(CueKind.LogScale) == true)
            {
                // Geometric means (PC20, titres) are compared as a difference of logarithms: "0.31 compared to 0.39 mg/mL,
                // doubling dose difference −0.31" is log2(0.31/0.39). Tried in base 2, e and 10, either order.
                var lnRatio = new Statistics.Interval(Math.Log(ra.Lower / rb.Upper), Math.Log(ra.Upper / rb.Lower));
                foreach (double logBase in (double[])[2, Math.E, 10])
                {
                    double scale = Math.Log(logBase);
                    var ratio = new Statistics.Interval(lnRatio.Lower / scale, lnRatio.Upper / scale);
                    matches |= rd.Overlaps(ratio) || rd.Overlaps(new(-ratio.Upper, -ratio.Lower));
                }
            }

            if (matches)
            {
                continue;
            }

            bool adjusted = sentence?.Has(CueKind.Adjusted) == true;
            int decimals = Math.Max(a.Decimals, b.Decimals);
            string note = adjusted
                ? "; the sentence says the difference is adjusted or model-based, which explains a gap"
                : "; the values may be medians or unadjusted means and the difference an adjusted or model-based mean difference, which the text should say";
            context.Report(Rule, d.Span, [a.Span, b.Span], null,
                a.Text, b.Text, Printed.F(a.Value - b.Value, decimals), $"{Printed.F(absolute.Lower, decimals + 2)} to {Printed.F(absolute.Upper, decimals + 2)}",
                d.Text, $"{Printed.F(rd.Lower, d.Decimals + 1)} to {Printed.F(rd.Upper, d.Decimals + 1)}", note);
        }
    }
}
