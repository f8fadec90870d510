using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;
using ClaimCheck.Statistics;
using ClaimCheck.Text;

namespace ClaimCheck.Verification.Rules.Changes;

/// <summary>
/// CC2014: a relative change ("a reduction of 43.8%", "cut by 80%", "twice as likely", "three times more") that no
/// reading of its wording reconciles with the numbers it derives from: the two arms' values of its sentence (or the
/// one before) and its sentence's ratio estimates (RR, OR, HR, IRR) on the change's side of 1, every printed number within its rounding interval.
/// "Times more" is read both as ×k and ×(k + 1); when only one reading fits, the second wording says so.
/// </summary>
internal sealed class RelativeChangeRule : ClaimRule
{
    internal static readonly RuleDescriptor Mismatch = new(
        RuleIds.RelativeChange,
        "Relative change does not match the numbers it derives from",
        "'{0}' read as {1} does not match {2}{3}",
        RuleCategory.Estimates,
        Severity.Info);

    internal static readonly RuleDescriptor TimesMore = new(
        RuleIds.RelativeChange,
        "Relative change does not match the numbers it derives from",
        "'{0}' matches {1} only if 'times more' means {2}; read as {3} it does not ('times more' is read both ways; 'times as' is not ambiguous)",
        RuleCategory.Estimates,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Mismatch, TimesMore];

    public override void Analyze(RuleContext context)
    {
        foreach (var basis in context.Links.ChangeBases)
        {
            if (basis.Claim is not RelativeChangeClaim change || ChangeReading.Of(change) is not { Count: > 0 } readings)
            {
                continue;
            }

            foreach (var (what, ratio, spans) in Sources(basis, change))
            {
                var fits = readings.Where(r => r.Ratio.Overlaps(ratio)).ToList();
                if (fits.Count == readings.Count)
                {
                    continue;
                }

                string tried = string.Join(" or ", readings.Select(r => $"{r.Name} ({Printed.F(r.Ratio, 4)})"));
                if (fits.Count == 0)
                {
                    context.Report(Mismatch, change.Span, spans, null, change.Text, tried, what, string.Empty);
                }
                else
                {
                    var miss = readings.First(r => !fits.Contains(r));
                    context.Report(TimesMore, change.Span, spans, null, change.Text, what, fits[0].Name, miss.Name);
                }
            }
        }
    }

    private static bool IsOdds(RelativeChangeClaim change) => string.Equals(change.About, "odds", StringComparison.OrdinalIgnoreCase);

    /// <summary>What the change may derive from: the two arms' ratio, then each ratio estimate of its sentence.</summary>
    private static IEnumerable<(string What, Interval Ratio, TextSpan[] Spans)> Sources(ChangeBasis basis, RelativeChangeClaim change)
    {
        // Two shares in the sentence are the change's basis only when the change names a risk ("27% more likely", "cut the
        // risk by 44%") or what it is relative to; a bare "12.5% reduction" beside two percentages is usually about another measure.
        bool named = change.About is not null || change.RelativeTo is not null;
        if (basis is { First: { } a, Second: { } b } && (named || (!a.IsShare && !b.IsShare))
            && !(change.Form == RelativeChangeForm.Percent && PercentagePointsRule.IsPointDifference(change, a, b))
            && (IsOdds(change) ? ArmRatio.OddsOf(a, b, change.Direction) : ArmRatio.Of(a, b, change.Direction)) is { } ratio)
        {
            yield return ($"{a.Text} against {b.Text}, a{(IsOdds(change) ? "n odds" : string.Empty)} ratio of {Printed.F(ratio, 4)} with rounding", ratio, [a.Span, b.Span]);

            // The arms' own ratio decides; an odds ratio beside them is not a ratio of the same proportions.
            yield break;
        }

        foreach (var r in basis.Ratios)
        {
            // An odds ratio is a ratio of odds, not of risks: it speaks only to a change worded in odds.
            var printed = Printed.Range(r.Estimate);
            if (printed.Lower <= 0 || (r.Measure == RatioMeasure.OddsRatio && !IsOdds(change)))
            {
                continue;
            }

            // An estimate on the other side of 1 is about the complementary outcome ("HR 0.79 for death", "a 7.3% increase in survival"): not this change's.
            if (change.Direction == ChangeDirection.Decrease ? printed.Lower > 1 : printed.Upper < 1)
            {
                continue;
            }

            yield return ($"{r.MeasureText} {r.Estimate.Text} ({Printed.F(printed, 4)} with rounding)", printed, [r.Estimate.Span]);
        }
    }
}
