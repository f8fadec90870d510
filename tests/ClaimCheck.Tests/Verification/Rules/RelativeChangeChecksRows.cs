namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>
/// The fixture of issue 14's checks (CC1010, CC2014–CC2017): sentences written for it, each row a text and a rule id, the
/// primary span of every finding that rule must raise marked <c>[|…|]</c>; a row without marks is an innocent look-alike
/// that must raise nothing. Expected values worked out by hand.
/// </summary>
internal static class RelativeChangeChecksRows
{
    internal static readonly (string Text, string Id)[] All =
    [
        // CC2014. 36 vs 64: 1 − 36/64 = 43.75%, so 43.8% is right and 48% is not.
        ("There were 36 infections in the drug group, compared to 64 in the placebo group, a [|reduction of 48%|].", "CC2014"),
        ("There were 36 infections in the drug group, compared to 64 in the placebo group, a reduction of 43.8%.", "CC2014"),
        ("There were 36 infections in the drug group, compared to 64 in the placebo group, a reduction of 44%.", "CC2014"),
        // 2.0% vs 1.0%: a 50% cut (rounding allows 46.3% to 53.7%), not 80%.
        ("Strokes fell to 1.0% with the drug versus 2.0% with placebo, so the drug [|cut the risk by 80%|].", "CC2014"),
        ("Strokes fell to 1.0% with the drug versus 2.0% with placebo, so the drug cut the risk by 50%.", "CC2014"),
        // RR 0.56: 1 − 0.56 = 44%; 54% is not.
        ("The vaccine [|cut the risk by 54%|] (RR 0.56, 95% CI 0.40 to 0.78).", "CC2014"),
        ("The vaccine cut the risk by 44% (RR 0.56, 95% CI 0.40 to 0.78).", "CC2014"),
        ("The vaccine cut the risk by 44% (RR 1.79, 95% CI 1.28 to 2.50).", "CC2014"),
        ("Survival rose by 7.3% (HR for death 0.79, 95% CI 0.66 to 0.95).", "CC2014"),
        ("Response improved by 36.8% versus 1.7% with placebo.", "CC2014"),
        // "Times": 30% vs 10% is ×3, so "three times as likely" fits, "times more" only as ×3 (not ×4), "five times" not at all.
        ("Relapse occurred in 30% of the placebo group versus 10% of the drug group: placebo patients were three times as likely to relapse.", "CC2014"),
        ("Relapse occurred in 30% of the placebo group versus 10% of the drug group: placebo patients were [|three times more likely|] to relapse.", "CC2014"),
        ("Relapse occurred in 30% of the placebo group versus 10% of the drug group: placebo patients were [|five times as likely|] to relapse.", "CC2014"),
        ("Those who smoked were twice as likely to have a stroke (OR 2.1, 95% CI 1.5 to 2.9).", "CC2014"),
        // An approximation or bound is not held to rounding; a whole percentage in tens may be rounded to the ten (HR 0.606 is a 39.4% cut).
        ("Deaths were nearly 50% lower with the drug (HR 0.45, 95% CI 0.30 to 0.68).", "CC2014"),
        ("The drug brought a 40% reduction in deaths (HR 0.606, 95% CI 0.45 to 0.82).", "CC2014"),
        // A change with nothing to derive from.
        ("The drug cut the risk by 80% in the trial.", "CC2014"),

        // CC1010: 25% → 40% is 15 points and a 60% increase.
        ("Adherence rose from 25% to 40%, an [|increase of 15%|].", "CC1010"),
        ("Adherence rose from 25% to 40%, an increase of 15 percentage points.", "CC1010"),
        ("Adherence rose from 25% to 40%, an increase of 60%.", "CC1010"),
        ("Adherence rose from 25% to 40%, an [|increase of 60 percentage points|].", "CC1010"),

        // CC2015: 12.0% vs 4.0% is an ARR of 8 points, NNT 1/0.08 = 12.5, rounded up 13 (12 to 13 with rounding).
        ("Events occurred in 12.0% of the placebo group and 4.0% of the drug group; the [|NNT was 25|].", "CC2015"),
        ("Events occurred in 12.0% of the placebo group and 4.0% of the drug group; the NNT was 13.", "CC2015"),
        ("Events occurred in 12.0% of the placebo group and 4.0% of the drug group; the NNT was 12.", "CC2015"),
        ("The absolute risk reduction was 5% and the [|NNT was 40|].", "CC2015"),
        ("The absolute risk reduction was 5% and the NNT was 20.", "CC2015"),
        // A difference as a natural frequency: 46 per 1,000 is 4.6%, so 1/ARR = 21.7 and the NNT is 22, not 12.
        ("There were 46 fewer deaths per 1,000 and the NNT was 22.", "CC2015"),
        ("There were 46 fewer deaths per 1,000 and the [|NNT was 12|].", "CC2015"),

        // CC2016: a relative change in risk and no absolute risk anywhere.
        ("The new pill [|cut the risk of stroke by 44%|], the company said.", "CC2016"),
        ("The new pill cut the risk of stroke by 44%: 36 of 1,000 patients had a stroke, compared to 64 of 1,000 on placebo.", "CC2016"),
        ("The new pill reduced tumour size by 44%.", "CC2016"),
        ("The diet cut the risk of death by 30%, or 46 fewer deaths per 1,000 over five years.", "CC2016"),
        // A fraction in words describes the people, not the outcome's risk: still no absolute risk.
        ("About half of the patients were women. The new pill [|cut the risk of stroke by 44%|].", "CC2016"),

        // CC2017: a hazard ratio worded as a probability.
        ("Patients on the drug were [|30% less likely|] to die (HR 0.70, 95% CI 0.55 to 0.89).", "CC2017"),
        ("Patients on the drug had a 30% lower rate of death (HR 0.70, 95% CI 0.55 to 0.89).", "CC2017"),
        ("Patients on the drug were 30% less likely to die (RR 0.70, 95% CI 0.55 to 0.89).", "CC2017"),
    ];
}
