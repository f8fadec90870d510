namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>
/// The fixture of issue 12's new checks (CC1009, CC2011, CC2012, CC2013): each row a text and a rule id, the span of
/// every finding that rule must raise marked <c>[|…|]</c> (the finding's primary span); a row without marks is an
/// innocent look-alike that must raise nothing. Expected values were worked out by hand (R's <c>chisq.test</c>,
/// <c>fisher.test</c> and <c>t.test</c> conventions), never taken from the code under test.
/// </summary>
internal static class StatisticianChecksRows
{
    internal static readonly (string Text, string Id)[] All =
    [
        // CC2011: 24/60 vs 15/60 give χ² p = 0.079, Yates 0.119, Fisher 0.118, unpooled z 0.076.
        ("Relapse occurred in 24/60 (40.0%) in the drug group vs 15/60 (25.0%) in the placebo group ([|p = 0.001|]).", "CC2011"),
        ("Relapse occurred in 24/60 (40.0%) in the drug group vs 15/60 (25.0%) in the placebo group ([|p < 0.05|]).", "CC2011"),
        ("Relapse occurred in 24/60 (40.0%) in the drug group vs 15/60 (25.0%) in the placebo group ([|P = 0.50|]).", "CC2011"),
        // Look-alikes: χ² (0.08), Fisher (0.12), between the readings (0.10), p > x, a p written as NS.
        ("Relapse occurred in 24/60 (40.0%) in the drug group vs 15/60 (25.0%) in the placebo group (p = 0.08).", "CC2011"),
        ("Relapse occurred in 24/60 (40.0%) in the drug group vs 15/60 (25.0%) in the placebo group (p = 0.12).", "CC2011"),
        ("Relapse occurred in 24/60 (40.0%) in the drug group vs 15/60 (25.0%) in the placebo group (p = 0.10).", "CC2011"),
        ("Relapse occurred in 24/60 (40.0%) in the drug group vs 15/60 (25.0%) in the placebo group (p > 0.05).", "CC2011"),
        ("Relapse occurred in 24/60 (40.0%) in the drug group vs 15/60 (25.0%) in the placebo group (NS).", "CC2011"),
        // Look-alike: the same fraction twice is a time point (6/12 = six months), not two arms.
        ("NTX rose at 6/12 in the CT+G group and at 6/12 in the CT group (p = 0.003).", "CC2011"),
        // Look-alike: a third proportion in the sentence could own the p.
        ("Relapse occurred in 24/60 (40.0%) vs 15/60 (25.0%), and in 18/40 (45.0%) of the untreated (p = 0.001).", "CC2011"),
        // Look-alike: the p comes before the pair, so it is not theirs.
        ("A difference (p = 0.001) was not seen in relapse, 24/60 (40.0%) vs 15/60 (25.0%).", "CC2011"),
        // Look-alike: the p of a test statistic.
        ("Relapse occurred in 24/60 (40.0%) vs 15/60 (25.0%) (χ2 = 10.8, p = 0.001).", "CC2011"),
        // Look-alikes: a paired comparison (the same people in both counts), which McNemar's test decides, not the
        // independent-samples tests: said in the sentence, or a crossover declared for the whole trial.
        ("In the same patients, relapse occurred in 24/60 (40.0%) on the drug vs 15/60 (25.0%) on placebo (p = 0.001).", "CC2011"),
        ("By McNemar's test, relapse occurred in 24/60 (40.0%) on the drug vs 15/60 (25.0%) on placebo (p = 0.001).", "CC2011"),
        ("Relapse occurred in 24/60 (40.0%) before and after treatment vs 15/60 (25.0%) in the placebo group (p = 0.001).", "CC2011"),
        ("This was a randomised crossover trial in 60 adults. Relapse occurred in 24/60 (40.0%) in the drug period vs 15/60 (25.0%) in the placebo period (p = 0.001).", "CC2011"),
        ("Each child served as their own control. Relapse occurred in 24/60 (40.0%) in the drug period vs 15/60 (25.0%) in the placebo period (p = 0.001).", "CC2011"),
        // Still fired: a parallel trial that names a paired test for another analysis, or pairs something else.
        ("Changes from baseline were tested by the signed-rank test. Relapse occurred in 24/60 (40.0%) in the drug group vs 15/60 (25.0%) in the placebo group ([|p = 0.001|]).", "CC2011"),
        ("Each patient was paired to a nurse for the 12 weeks. Relapse occurred in 24/60 (40.0%) in the drug group vs 15/60 (25.0%) in the placebo group ([|p = 0.001|]).", "CC2011"),

        // CC2012: 4.2 ± 1.1 vs 5.0 ± 1.2, n = 30 each: t = 2.69, p = 0.0093 (both tests; about 0.0025 to 0.028 over the rounding).
        ("Pain was 4.2 ± 1.1 in the drug group (n = 30) and 5.0 ± 1.2 in the placebo group (n = 30) ([|p = 0.50|]).", "CC2012"),
        ("Pain was 4.2 ± 1.1 in the drug group (n = 30) and 5.0 ± 1.2 in the placebo group (n = 30) ([|p < 0.001|]).", "CC2012"),
        // Fits only as SEs: SD = SE·√30, t = 0.8/√(1.1² + 1.2²) = 0.49, p ≈ 0.62.
        ("Pain was 4.2 ± 1.1 in the drug group (n = 30) and 5.0 ± 1.2 in the placebo group (n = 30) ([|p = 0.62|]).", "CC2012"),
        // Look-alikes: the right p; said to be SEs and fitting as SEs; no n for each mean; an effect size with its interval owns the p.
        ("Pain was 4.2 ± 1.1 in the drug group (n = 30) and 5.0 ± 1.2 in the placebo group (n = 30) (p = 0.009).", "CC2012"),
        ("Pain (mean ± SE) was 4.2 ± 1.1 in the drug group (n = 30) and 5.0 ± 1.2 in the placebo group (n = 30) (p = 0.62).", "CC2012"),
        ("Pain was 4.2 ± 1.1 in the drug group and 5.0 ± 1.2 in the placebo group (p = 0.50).", "CC2012"),
        ("SOD2 rose in both groups (ES = 0.8, 95% CI 10–46%) [28 ± 32% (n = 15) and 37 ± 29% (n = 12), respectively; P < 0.05].", "CC2012"),

        // CC1009: a median outside its IQR or range.
        ("The median age was [|54|] years (IQR 60–70).", "CC1009"),
        ("Mean severity score, median (IQR) [|5.7|] (2.5, 4.8) vs 6.1 (4.9, 7.7).", "CC1009"),
        ("The median stay was [|12|] days (range 14–30).", "CC1009"),
        // Look-alikes: on a bound; within rounding; a range with a citation after it; a flattened table cell ("kg66.5").
        ("The median stay was 14 days (range 14–30).", "CC1009"),
        ("The median score was 3 (IQR 3.4–7.0).", "CC1009"),
        ("The expected median OS is 20–22 months [18,19].", "CC1009"),
        ("Median weight (range), kg66.5 (38.0–95.0)", "CC1009"),

        // CC2013: 24/60 with a 95% CI of 38.0% to 42.0% (Wilson: 28.6% to 52.6%).
        ("The response rate was 40.0% (24/60; [|95% CI 38.0% to 42.0|]%).", "CC2013"),
        // Look-alikes: the Wilson interval; an interval that does not hold k/n (another estimate's); an interval somewhat narrower than Wilson's (30% to 50%), not half as wide.
        ("The response rate was 40.0% (24/60; 95% CI 28.6% to 52.6%).", "CC2013"),
        ("The response rate was 40.0% (24/60; 95% CI 60.0% to 62.0%).", "CC2013"),
        ("The response rate was 40.0% (24/60; 95% CI 30.0% to 50.0%).", "CC2013"),
    ];
}
