using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Changes;

/// <summary>
/// One way to read a relative change as a ratio of the after (or treated) value to the before (or reference) value,
/// with the interval the printed amount allows: "cut by 44%" is 0.56 (0.555 to 0.565), "three times more" is 3 or 4
/// (each ± 0.5: a multiple in words is a round figure).
/// </summary>
/// <param name="Name">The reading in words, for messages ("1 − 44% = 0.56", "×(3 + 1)").</param>
/// <param name="Ratio">The ratios it allows.</param>
internal readonly record struct ChangeReading(string Name, Interval Ratio)
{
    /// <summary>
    /// The readings of <paramref name="change"/>: one for a percent, "times as" or fold change; two for "times more"
    /// (×k and ×(k + 1), since usage differs); none for a change without a direction or amount, or for percentage points.
    /// </summary>
    internal static IReadOnlyList<ChangeReading> Of(RelativeChangeClaim change)
    {
        // "nearly 50% less", "~70%", "more than 80%": an approximation or a bound is not held to a rounding interval.
        if (change.Amount is not { } amount || change.Direction == ChangeDirection.Unstated || amount.Value <= 0 || amount.IsBounded)
        {
            return [];
        }

        // A multiple in words ("twice", "three times", "half") is a round figure, not an exact one: ±0.5 (±0.05 below 1).
        // A whole percentage in tens ("a 40% reduction") is as often rounded to the ten as to the unit: ±5.
        var a = amount.IsInWords ? new Interval(amount.Value - (amount.Value >= 1 ? 0.5 : 0.05), amount.Value + (amount.Value >= 1 ? 0.5 : 0.05))
            : change.Form == RelativeChangeForm.Percent && amount.Decimals == 0 && amount.Value % 10 == 0 ? new Interval(amount.Value - 5, amount.Value + 5)
            : Printed.Range(amount);
        bool up = change.Direction == ChangeDirection.Increase;
        switch (change.Form)
        {
            case RelativeChangeForm.Percent when up:
                return [new($"1 + {amount} = {Printed.F(1 + amount.Value / 100, amount.Decimals + 2)}", new(1 + a.Lower / 100, 1 + a.Upper / 100))];
            case RelativeChangeForm.Percent when amount.Value < 100:
                return [new($"1 − {amount} = {Printed.F(1 - amount.Value / 100, amount.Decimals + 2)}", new(1 - a.Upper / 100, 1 - a.Lower / 100))];
            case RelativeChangeForm.TimesAs or RelativeChangeForm.Fold:
                // "half as likely", "halved" read as ×0.5; "three times less", "2-fold lower" as ×1/3, ×1/2.
                return up || amount.Value < 1 ? [new($"×{amount.Text}", a)] : [new($"×1/{amount.Text}", Inverse(a))];
            case RelativeChangeForm.TimesMore when up:
                return [new($"×{amount.Text}", a), new($"×({amount.Text} + 1)", new(a.Lower + 1, a.Upper + 1))];
            case RelativeChangeForm.TimesMore:
                return [new($"×1/{amount.Text}", Inverse(a))];
            default:
                return [];
        }
    }

    private static Interval Inverse(Interval a) => new(1 / a.Upper, 1 / a.Lower);
}
