using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Changes;

/// <summary>
/// CC1010: a change between two percentages given in the wrong unit: "from 25% to 40%, an increase of 15%" (15 is the
/// difference in percentage points; the relative increase is 60%), or "15 percentage points" where the points differ
/// and the relative change is 15%. Every printed number is taken with its rounding interval; it fires only when the
/// amount fits the other unit and not its own.
/// </summary>
internal sealed class PercentagePointsRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.PercentagePoints,
        "Percentage points and percent confused",
        "'{0}': {1} and {2} differ by {3} percentage points and by {4}% relative to the lower; the amount fits the {5}, not the {6} it is called",
        RuleCategory.Counts,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var basis in context.Links.ChangeBases)
        {
            if (basis is not { Claim: RelativeChangeClaim { Amount: { } amount } change, First: { IsShare: true } a, Second: { IsShare: true } b }
                || change.Form is not (RelativeChangeForm.Percent or RelativeChangeForm.PercentagePoints))
            {
                continue;
            }

            var points = ArmRatio.Difference(a, b);
            var relative = Relative(a, b, change.Direction);
            if (relative is null)
            {
                continue;
            }

            var printed = Printed.Range(amount);
            bool fitsPoints = printed.Overlaps(points);
            bool fitsRelative = printed.Overlaps(relative.Value);
            bool wrong = change.Form == RelativeChangeForm.Percent ? fitsPoints && !fitsRelative : fitsRelative && !fitsPoints;
            if (wrong)
            {
                context.Report(Rule, change.Span, [a.Span, b.Span], null, change.Text, a.Text, b.Text, Printed.F(points, 2), Printed.F(relative.Value, 2),
                    change.Form == RelativeChangeForm.Percent ? "difference in percentage points" : "relative change", change.Form == RelativeChangeForm.Percent ? "percent change" : "difference in points");
            }
        }
    }

    /// <summary>True when a percent change's amount is the two shares' difference in points and not their relative change (CC2014 leaves it to this rule).</summary>
    internal static bool IsPointDifference(RelativeChangeClaim change, BasisValue a, BasisValue b)
        => change.Amount is { } amount && a.IsShare && b.IsShare && Printed.Range(amount).Overlaps(ArmRatio.Difference(a, b))
        && Relative(a, b, change.Direction) is { } relative && !Printed.Range(amount).Overlaps(relative);

    /// <summary>The relative change in percent: (high/low − 1) for an increase, (1 − low/high) for a decrease.</summary>
    private static Interval? Relative(BasisValue a, BasisValue b, ChangeDirection direction)
    {
        if (direction == ChangeDirection.Unstated)
        {
            // "differed by 15 percentage points": either way round.
            return ArmRatio.Of(a, b, ChangeDirection.Increase) is { } up && ArmRatio.Of(a, b, ChangeDirection.Decrease) is { } down
                ? new Interval(100 * (1 - down.Upper), 100 * (up.Upper - 1))
                : null;
        }

        if (ArmRatio.Of(a, b, direction) is not { } ratio)
        {
            return null;
        }

        return direction == ChangeDirection.Increase ? new Interval(100 * (ratio.Lower - 1), 100 * (ratio.Upper - 1)) : new Interval(100 * (1 - ratio.Upper), 100 * (1 - ratio.Lower));
    }
}
