using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC3001: a conclusion claims benefit for an outcome whose results are not significant.</summary>
public sealed class BenefitOnNonSignificantRuleTests
{
    private const string Results = """
        Results
        Mortality at 28 days was 12/50 (24%) with the drug and 15/50 (30%) with placebo (OR = 0.74, 95% CI 0.30–1.80).
        Pain scores were lower with the drug (difference −1.2, 95% CI −2.0 to −0.4, p = 0.004).

        """;

    [Test]
    public void Fires_on_a_conclusion_that_claims_a_survival_benefit_the_results_do_not_show()
    {
        var finding = RuleTestKit.Findings(Results + "Conclusions\nThe drug improves survival in sepsis.", "CC3001").Should().ContainSingle().Subject;

        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Contain("'survival'").And.Contain("OR = 0.74").And.Contain("crosses 1");
    }

    [Test]
    public void A_hedged_claim_is_a_warning()
        => RuleTestKit.Findings(Results + "Conclusions\nThe drug may offer potential benefits for survival.", "CC3001")
            .Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);

    [TestCase("Conclusions\nThe drug reduced pain in sepsis.", Description = "pain: significant")]
    [TestCase("Conclusions\nThe drug improves sleep.", Description = "no result for sleep")]
    [TestCase("Conclusions\nThe drug did not improve survival.", Description = "not a claim of benefit")]
    public void Supported_or_unmatched_claims_do_not_fire(string conclusion) => RuleTestKit.Findings(Results + conclusion, "CC3001").Should().BeEmpty();

    [TestCase("Conclusions\nThe drug is of benefit", Description = "the claim ends the text: no words after it")]
    [TestCase("Conclusions\nImproved.")]
    public void A_claim_at_the_very_end_does_not_break_the_rule(string conclusion)
        => RuleTestKit.Findings(Results + conclusion, "CC3001").Should().BeEmpty("a claim with no words after it names no outcome to check");

    [Test]
    public void A_results_sentence_is_not_a_conclusion()
        => RuleTestKit.Findings("Results\nThe drug improved survival (OR = 0.74, 95% CI 0.30–1.80).\n", "CC3001").Should().BeEmpty();
}
