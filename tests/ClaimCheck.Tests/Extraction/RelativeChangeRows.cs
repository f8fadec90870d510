namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// The relative-change fixture (issue 14): sentences written for this fixture (not copied from any story), each expected
/// claim marked <c>[|…|]</c> and written by hand in the notation of <see cref="ExpectedClaims"/>; look-alikes expect
/// nothing, or only the claims they do make.
/// </summary>
internal static class RelativeChangeRows
{
    internal static readonly (string Input, string Expected)[] All =
    [
        // Percent changes with a direction, led by a verb, a noun or followed by a change word.
        ("The new pill [|cut the risk by 44%|] in older adults.", "RelChange form=Percent dir=Decrease amount=44% about=risk"),
        ("Vitamin D [|reduced fractures by half|] over two years.", "RelChange form=Fold dir=Decrease amount=half"),
        ("Users were [|27% more likely|] to quit than those on placebo.", "RelChange form=Percent dir=Increase amount=27% vs=those_on_placebo about=likely"),
        ("Smokers had a [|21% increased risk|] of stroke.", "RelChange form=Percent dir=Increase amount=21%"),
        ("The trial showed a [|reduction of 43.8%|] in infections.", "RelChange form=Percent dir=Decrease amount=43.8%"),
        ("There was a [|400% increase|] in reports.", "RelChange form=Percent dir=Increase amount=400%"),
        ("Patients were [|63 percent less likely|] to die than patients given chemotherapy.", "RelChange form=Percent dir=Decrease amount=63% vs=patients_given_chemotherapy"),
        ("The drug [|slashed deaths by 32 percent|] in the high-risk group.", "RelChange form=Percent dir=Decrease amount=32%"),
        ("They had a [|35 percent lower rate|] of hospital stays.", "RelChange form=Percent dir=Decrease amount=35%"),
        // Words between "by" and the amount, a verb of another register, a bounded amount.
        ("Aspirin may [|reduce mortality by an average of 21%|], they said.", "RelChange form=Percent dir=Decrease amount=21% about=mortality"),
        ("Deaths from cancer [|declined by about 21%|] with aspirin.", "RelChange form=Percent dir=Decrease amount=21%"),
        ("Prescriptions had [|plummeted by 76 percent|] after the warning.", "RelChange form=Percent dir=Decrease amount=76%"),
        ("The vaccine [|cut infections by more than 80%|] in a year.", "RelChange form=Percent dir=Decrease amount=80%"),
        ("Smoking brings a [|two-fold risk|] of heart disease.", "RelChange form=Fold dir=Increase amount=two about=risk"),
        // A list of changes with the change word left out: each item repeats the word after the first amount.
        ("Deaths were [|reduced by about 10 percent|] for prostate cancer, [|30 percent|] for lung cancer and [|40 percent|] for bowel cancer.",
         "RelChange form=Percent dir=Decrease amount=10% ; RelChange form=Percent dir=Decrease amount=30% ; RelChange form=Percent dir=Decrease amount=40%"),
        ("The drug [|cut deaths by 20%|] in men, [|30%|] of whom smoked.", "RelChange form=Percent dir=Decrease amount=20% about=deaths ; Proportion pct=30%"),
        // A criterion is no change: "by at least 50%".
        ("Patients who reduced their seizures by at least 50% were counted as responders.", ""),
        // Times and multiples.
        ("Treated children were [|twice as likely|] to recover.", "RelChange form=TimesAs dir=Increase amount=twice"),
        ("Men were [|half as likely|] to report pain.", "RelChange form=TimesAs dir=Decrease amount=half"),
        ("The rate was [|three times more|] in the control arm.", "RelChange form=TimesMore dir=Increase amount=three"),
        ("Users were nearly [|four times more likely|] to have abnormal tests compared with placebo.", "RelChange form=TimesMore dir=Increase amount=four vs=placebo"),
        ("The device was [|4 times as likely|] to stop the attack as a sham.", "RelChange form=TimesAs dir=Increase amount=4"),
        ("Response rates [|doubled|] with the combination.", "RelChange form=Fold dir=Increase amount=doubled"),
        ("Hospital stays were [|halved|].", "RelChange form=Fold dir=Decrease amount=halved"),
        ("The score showed a [|2-fold increase|] after a year.", "RelChange form=Fold dir=Increase amount=2"),
        // From-to and percentage points.
        ("Adherence [|rose from 25% to 40%|] after the reminder calls.", "RelChange form=FromTo dir=Increase from=25% to=40%"),
        ("Uptake [|improved|] with an [|increase of 15 percentage points|].", "Significance w=Benefit ; RelChange form=PercentagePoints dir=Increase amount=15"),
        ("Control [|fell by 3 percentage points|] in winter.", "RelChange form=PercentagePoints dir=Decrease amount=3"),
        // Named risk quantities.
        ("The [|number needed to treat was 12|] over five years.", "Risk q=NumberNeededToTreat name=number_needed_to_treat value=12"),
        ("We found an [|NNT of 25 (95% CI 14 to 100)|].", "Risk q=NumberNeededToTreat name=NNT value=25 level=95% lo=14 hi=100"),
        ("The [|absolute risk reduction was 8.3%|] and the [|relative risk reduction 44%|].", "Risk q=AbsoluteRiskReduction value=8.3% ; Risk q=RelativeRiskReduction value=44%"),
        ("Harm was rare ([|NNH = 40|]).", "Risk q=NumberNeededToHarm name=NNH value=40"),
        // Natural frequencies: an absolute risk, or a difference, counted in so many people.
        ("The diet meant [|46 fewer deaths per 1,000|] over five years.", "Risk q=AbsoluteRiskReduction name=fewer_deaths_per value=46 per=1,000"),
        ("Bleeding rose by [|12 more strokes per 10,000|] women.", "Risk q=AbsoluteRiskIncrease name=more_strokes_per value=12 per=10,000"),
        ("The risk is about [|2 in every 1,000|] people a year.", "Risk q=NaturalFrequency name=in_every value=2 per=1,000"),
        // A range of totals: one risk between 1/3,000 and 1/2,000.
        ("The normal risk is about [|1 in every 2,000 to 3,000|] people a year.", "Risk q=NaturalFrequency name=in_every value=1 per=2,000 perUpper=3,000"),
        ("The normal risk is [|1 in 2,000–3,000|] people.", "Risk q=NaturalFrequency name=in value=1 per=2,000 perUpper=3,000"),
        // Look-alikes: a range whose end is smaller (two counts, not a range of totals), a difference over a range of
        // totals, a concentration, a share of a small group.
        ("The normal risk is 1 in every 2,000 to 300 people.", ""),
        ("The diet meant 46 fewer deaths per 1,000 to 2,000 people.", ""),
        ("Each vial held 30 per 100 mL.", ""),
        // Comparisons keep both arms and their labels across a clause.
        ("[|36 HIV infections in the Truvada group, compared to 64|] in the placebo group.", "Comparison values=36|64 labels=Truvada_group|placebo_group conn=compared_to"),
        ("[|[|81 percent|] of those on the drug [|improved|], compared to 26 percent|] of those on placebo.", "Comparison values=81%|26% labels=those_on_the_drug|those_on_placebo conn=compared_to ; Proportion pct=81% ; Significance w=Benefit"),
        ("In the drug group [|[|40%|] responded, while [|20%|]|] did in the placebo group.", "Comparison values=40%|20% labels=-|placebo_group conn=while ; Proportion pct=40% label=drug_group ; Proportion pct=20%"),
        // Numbers in words inside k of n.
        ("[|Twenty-three of forty-nine|] patients [|improved|].", "Proportion k=Twenty-three n=forty-nine ; Significance w=Benefit"),
        ("[|One in five|] adults had a rash.", "Proportion k=One n=five"),
        ("One of the nurses left.", ""),
        // A comparison whose first value's clause runs on before the connector.
        ("[|[|18 percent|] of patients using the patch were pain-free after two hours, compared with [|9 percent|]|] of those on placebo.",
         "Comparison values=18%|9% labels=patients_using_the_patch|those_on_placebo conn=compared_with ; Proportion pct=18% ; Proportion pct=9%"),
        // A later value in words; look-alike: a count in words after the connector is no share.
        ("In teenagers, [|30 percent on the drug felt better, compared to just [|six percent|]|] of those on placebo.",
         "Comparison values=30%|six% labels=-|those_on_placebo conn=compared_to ; Proportion pct=six%"),
        ("In teenagers, 30 percent on the drug felt better, compared to six of the others.", ""),
        // A comparison led by a share in words.
        ("[|[|Fifty-five percent|] of adults on the drug responded, compared to 34 percent|] in the placebo group.",
         "Comparison values=Fifty-five%|34% labels=adults_on_the_drug|placebo_group conn=compared_to ; Proportion pct=Fifty-five%"),
        ("About [|[|half of|] the patients recovered, compared with [|29 percent|]|] of those on placebo.",
         "Comparison values=half|29% labels=patients|those_on_placebo conn=compared_with ; Proportion pct=half ; Proportion pct=29%"),
        // Fractions in words: shares that are round figures, never exact percents.
        ("[|Two-thirds of|] the children could eat two peanuts.", "Proportion pct=Two-thirds"),
        ("Only about [|a third of|] people at high risk fall ill.", "Proportion pct=a_third"),
        ("[|Three quarters of|] those treated said so.", "Proportion pct=Three_quarters"),
        ("[|Half of|] the participants received the vaccine.", "Proportion pct=Half"),
        ("Nearly [|half of|] the [|19 patients|] responded.", "Proportion pct=half ; Count n=19 noun=patients"),
        // Look-alikes of fractions: periods, doses, ordinals, "one and a half".
        ("Sales should start in the second half of 2017.", ""),
        ("Half of the year was spent recruiting.", ""),
        ("It took a quarter of a century.", ""),
        ("Patients took a half dose of the drug.", ""),
        ("The third patient recovered.", ""),
        ("Recovery took one and a half of the usual time.", ""),
        // Look-alikes: no change.
        ("About [|44%|] of patients were women.", "Proportion pct=44%"),
        ("Patients took the pill twice daily for three times a week.", ""),
        ("Scores ranged from 25% to 40% across sites.", ""),
        ("The doubling time of the tumour was long.", ""),
        ("More than 80% responded.", ""),
        ("Rates were reduced to 12% by the end.", ""),
        ("The remaining 17.1% declined to take part.", ""),
        ("The response rate for at least a 50% reduction in pain was higher.", ""),
        ("A proportion of 0.5 means that half the patients had good scores.", ""),
    ];
}
