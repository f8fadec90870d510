using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC3002: significance wording against the numbers of the same sentence.</summary>
public sealed class SignificanceWordingRuleTests
{
    [Test]
    public void Significantly_with_a_non_significant_p_is_reported_at_info_until_it_earns_more()
        => RuleTestKit.Findings("The drug significantly reduced pain (difference −1.2, 95% CI −2.5 to 0.1, p = 0.07).", "CC3002")
            .Should().ContainSingle().Which.Severity.Should().Be(Severity.Info);

    [Test]
    public void No_significant_difference_with_a_significant_result_is_an_error()
        => RuleTestKit.Findings("There was no significant difference in pain (difference −1.2, 95% CI −2.0 to −0.4, p = 0.004).", "CC3002")
            .Should().ContainSingle().Which.Message.Should().Contain("are significant");

    [Test]
    public void An_unqualified_increase_on_a_non_significant_result_is_reported_at_info()
        => RuleTestKit.Findings("The 6-MWT showed an increased distance in patients treated with UC-MSCs (difference: 27.00 m; 95% CI 0.00, 57.00; P = 0.057).", "CC3002")
            .Should().ContainSingle().Which.Severity.Should().Be(Severity.Info);

    [TestCase("UC-MSCs administration exerted numerical improvement in whole lung lesion volume (the median difference was −13.31%, 95% CI −29.14%, 2.13%, P = 0.080).", Description = "'numerical' says so")]
    [TestCase("UC-MSCs significantly reduced the proportions of solid component lesion volume (median difference: −15.45%; 95% CI −30.82%, −0.39%; P = 0.043).")]
    [TestCase("Pain did not differ significantly (difference −1.2, 95% CI −2.5 to 0.1, p = 0.07).")]
    [TestCase("There was a trend towards lower pain (p = 0.07).", Description = "CC3003's case")]
    public void Honest_wording_does_not_fire(string text) => RuleTestKit.Findings(text, "CC3002").Should().BeEmpty();

    // Look-alikes from the hand check of firings on real abstracts (docs/accuracy/language-audit.md), rewritten here.
    [TestCase("Pain improved in both arms (p < 0.001 within each), but the difference between the arms was not significant (p = 0.41).", Description = "wording and numbers in different clauses")]
    [TestCase("Although the drug lowered pain at day 4 (p = 0.03), scores were not different from baseline at day 28.", Description = "opening clause")]
    [TestCase("Mood improved with the drug (p = 0.01), whereas sleep did not differ between groups.", Description = "whereas")]
    [TestCase("Significant differences between regimens were not found (p = 0.44).", Description = "negated significance wording")]
    [TestCase("The drug significantly lowered pain (p = 0.05).", Description = "p = 0.05 may be 0.046 or 0.054")]
    [TestCase("The drug improved pain scores (p = 0.05).", Description = "p = 0.05 may be 0.046 or 0.054")]
    [TestCase("The groups did not differ at the p < 0.05 level.", Description = "a threshold, not a result")]
    [TestCase("The benefit was larger in older patients (p for interaction = 0.27).", Description = "p for interaction")]
    [TestCase("Vision of 20/20 or better was reached by 96% and 92% (P = 0.60).", Description = "'or better' is a threshold")]
    [TestCase("The mean increase in thickness was 28 μm and 24 μm in the two groups (P = 0.1).", Description = "descriptive noun")]
    [TestCase("Weight decreased in both groups over time (p = 0.36 between groups).", Description = "change within every group")]
    [TestCase("The steroid widened the variability (P < 0.001), but this was not clinically significant.", Description = "clinical, not statistical")]
    [TestCase("Similar results were obtained in the per-protocol analysis (RR 2.14, 95% CI 1.74–2.63).", Description = "'similar results' is about the analyses")]
    [TestCase("Adverse events were comparable in both arms, with more neutropenia with the drug (12% vs 6%, P = 0.031).", Description = "'comparable' is not a test statement")]
    [TestCase("Smokers were more likely to agree that smoking makes 'no difference' to weight (RR 2.13, 95% CI 1.86–2.44).", Description = "quoted words")]
    public void Look_alikes_do_not_fire(string text) => RuleTestKit.Findings(text, "CC3002").Should().BeEmpty();

    [TestCase("End-tidal CO2 did not differ between the groups (33 ± 8 vs 42 ± 11; p = 0.0462).", Severity.Info)]
    [TestCase("There was a significant reduction in urea between the groups (P = 0.051).", Severity.Info)]
    [TestCase("Men in the intervention arm reported decreased intentions to use violence (ARR 0.83, 95% CI 0.66-1.06).", Severity.Info)]
    public void Contradictions_seen_in_real_abstracts_fire(string text, Severity severity)
        => RuleTestKit.Findings(text, "CC3002").Should().ContainSingle().Which.Severity.Should().Be(severity);
}
