using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Counts;

/// <summary>
/// CC1009: a median printed outside its own interquartile range or range, which always holds it (so does a
/// confidence interval of a median, for a pair the text does not name). Every number is read over its rounding
/// interval, and the bounds in either order. A median that is itself a range's bound ("median OS of 20–22 months
/// [18,19]": the pair after it is a citation) or a number that may be a fragment of another is not checked.
/// Info until its precision on text nobody tuned on is known (docs/accuracy.md, issue 12): before the fragment
/// filters, 9 of 10 findings on the tune half came from misread numbers.
/// </summary>
internal sealed class MedianOutsideRangeRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.MedianOutsideRange,
        "Median outside its IQR or range",
        "the median {0} lies outside its {1} {2} to {3}, which must hold it; the source table would tell which number is wrong, or whether one was misread from it",
        RuleCategory.Counts,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var median in context.Extraction.Claims.OfType<MedianIqrClaim>())
        {
            // The first bound may go on ", 4.8": that comma is the pair's own notation.
            if (!Whole(median.Median) || !Whole(median.Upper) || median.Lower.GluedToPrevious || median.Lower.ContinuesAsThousands || median.Median.IsRangeBound)
            {
                continue;
            }

            var m = Printed.Range(median.Median);
            var a = Printed.Range(median.Lower);
            var b = Printed.Range(median.Upper);
            double low = Math.Min(a.Lower, b.Lower), high = Math.Max(a.Upper, b.Upper);
            if (m.Upper >= low && m.Lower <= high)
            {
                continue;
            }

            string kind = median.RangeKind switch
            {
                RangeKind.InterquartileRange => "interquartile range",
                RangeKind.Range => "range",
                _ => "interval (IQR, range or CI: each holds the median)",
            };
            context.Report(Rule, median.Median.Span, [median.Lower.Span, median.Upper.Span], null, median.Median.Text, kind, median.Lower.Text, median.Upper.Text);
        }
    }

    /// <summary>
    /// False for a number that may be a fragment of another: glued to what stands before it (a flattened table's
    /// "kg66.5"), or going on as a decimal or a thousands group ("1,4542", "102 117").
    /// </summary>
    private static bool Whole(ReportedNumber n)
        => !n.GluedToPrevious && !n.ContinuesAsDecimal && !n.ContinuesAsThousands && !n.Text.Any(char.IsWhiteSpace);
}
