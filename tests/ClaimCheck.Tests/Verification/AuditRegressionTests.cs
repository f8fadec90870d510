using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification;

/// <summary>
/// The causes of the false alarms found by the hand audit of 50 findings on the evidence-inference
/// abstracts (docs/accuracy.md), each as a constructed look-alike that must stay quiet (or at Info).
/// </summary>
public sealed class AuditRegressionTests
{
    [Test]
    public void A_decimal_broken_by_a_space_is_not_p_equal_zero_nor_a_sentence_end()
    {
        var result = ClaimChecker.Check("Mortality did not differ (P = 0. 028) between the arms of the trial.");

        result.Findings.Should().NotContain(f => f.Id == "CC2010");
        result.Document!.Blocks.Single().Sentences.Should().ContainSingle();
    }

    [Test]
    public void An_estimate_glued_to_its_label_is_not_misread()
        => ClaimChecker.Check("HIV testing uptake was higher in the PoC arm (RR1.16, CI 0.99–1.36).").Findings.Should().NotContain(f => f.Id == "CC2001");

    [Test]
    public void The_first_bound_of_a_range_is_not_a_difference()
        => ClaimChecker.Check("Birthweight was 2883.9 g in group 2 compared to 3115.5 g in group 1 (95% CI of the difference: −13.55 to 476.72).")
            .Findings.Should().NotContain(f => f.Id == "CC2007");

    [Test]
    public void A_reversed_interval_is_reported_once_as_reversed()
    {
        var findings = ClaimChecker.Check("The adjusted difference was 0.19 (95% CI 20.82–1.21).").Findings;

        findings.Should().NotContain(f => f.Id == "CC2001");
        findings.Should().ContainSingle(f => f.Id == "CC2002");
    }

    [Test]
    public void Denominators_that_change_in_every_arm_are_another_outcome_population()
    {
        const string text = "Respiratory distress occurred in 10.5% (42/402) in the progesterone group and 10.6% (41/388) in the placebo group. "
            + "The composite outcome occurred in 38.2% (155/406) in the progesterone group and 38.7% (152/393) in the placebo group.";

        ClaimChecker.Check(text).Findings.Where(f => f.Id == "CC1003").Should().OnlyContain(f => f.Severity == Severity.Info);
    }

    [Test]
    public void A_total_the_arms_do_add_up_to_elsewhere_in_the_sentence_is_not_a_mismatch()
        => ClaimChecker.Check("Of 949 subjects achieving down-regulation, 939 were randomized to long (n = 477) or short (n = 462) stimulation.")
            .Findings.Should().NotContain(f => f.Id == "CC1004");

    [Test]
    public void A_Bayesian_difference_is_info()
        => ClaimChecker.Check("Using Bayesian methods, success rates were 81.4% in the surgical group vs. 23.9% in the NSM group, a posterior mean difference of 56.6% (95% credible interval 41.0% to 70.1%).")
            .Findings.Where(f => f.Id == "CC2007").Should().ContainSingle().Which.Severity.Should().Be(Severity.Info);

    [TestCase("Pain fell more with the drug (P = 0,022).", Description = "a decimal comma")]
    [TestCase("Pain fell more with the drug (p = 0/03).", Description = "a slash as the decimal mark")]
    [TestCase("Pain fell more with the drug (p = .0.018).", Description = "a doubled point")]
    [TestCase("Stay was shorter with T&P = 11 days than with T = 14 days.", Description = "not a p-value: a unit follows")]
    public void Odd_decimal_marks_and_labels_are_not_impossible_p_values(string text)
        => ClaimChecker.Check(text).Findings.Should().NotContain(f => f.Id == "CC2010" && f.Severity >= Severity.Warning);

    [Test]
    public void The_upper_bound_of_a_neighbouring_interval_is_not_an_estimate()
        => ClaimChecker.Check("Pain scores were 65 % and 53 % respectively (95% CI 0.60 - 0.69, CI 0.48 – 0.57, p = 0.0002).")
            .Findings.Should().NotContain(f => f.Id == "CC2001" || f.Id == "CC2006");

    [Test]
    public void Percentages_beside_a_score_difference_are_different_outcomes()
        => ClaimChecker.Check("Treatment success was 54.6% with foam vs 43.0% with gel, and the mean difference in PASI was –0.6 (95% CI −1.1 to −0.1).")
            .Findings.Should().NotContain(f => f.Id == "CC2007");

    [Test]
    public void A_small_trial_split_unevenly_by_chance_is_not_an_allocation_problem()
        => ClaimChecker.Check("Boys were randomly allocated (1:1) to the drug (n = 8) or placebo (n = 4).").Findings.Should().NotContain(f => f.Id == "CC1005");
}
