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

        finding.Severity.Should().Be(Severity.Info);
        finding.Message.Should().Contain("'survival'").And.Contain("OR = 0.74").And.Contain("crosses 1");
    }

    [Test]
    public void A_hedged_claim_is_reported_at_info()
        => RuleTestKit.Findings(Results + "Conclusions\nThe drug may offer potential benefits for survival.", "CC3001")
            .Should().ContainSingle().Which.Severity.Should().Be(Severity.Info);

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

    // Look-alikes from the hand check of firings on real abstracts (docs/accuracy/language-audit.md), rewritten here.
    [TestCase("Conclusions\nThe drug did not provide a survival benefit.", Description = "negated")]
    [TestCase("Conclusions\nThe drug and the comparator were equally effective in improving survival.", Description = "equivalence")]
    [TestCase("Conclusions\nBoth regimens were effective in improving survival.", Description = "a claim about every arm, not a difference")]
    [TestCase("Conclusions\nEarlier trials have shown that the drug improves survival.", Description = "what earlier studies showed")]
    [TestCase("Conclusions\nApproaches that improve survival are needed.", Description = "a recommendation")]
    [TestCase("Conclusions\nSignificantly, most patients completed survival follow-up.", Description = "'significantly' as a sentence adverb")]
    [TestCase("Conclusions\nThe drug improves survival, although only as a trend.", Description = "honest about a trend")]
    public void Claims_that_are_not_claims_of_benefit_do_not_fire(string conclusion) => RuleTestKit.Findings(Results + conclusion, "CC3001").Should().BeEmpty();

    [Test]
    public void A_baseline_comparison_is_not_evidence_about_the_outcome()
        => RuleTestKit.Findings("""
            Results
            At baseline, depression scores were not significantly different between the groups.
            Depression scores fell more with relaxation (difference −4.1, 95% CI −6.0 to −2.2, p < 0.001).

            Conclusions
            Relaxation therapy improves depression.
            """, "CC3001").Should().BeEmpty("the only non-significant statement describes the groups before treatment");

    [Test]
    public void A_result_the_printed_p_cannot_decide_blocks_the_finding()
        => RuleTestKit.Findings("""
            Results
            Survival was longer with the drug (HR 0.80, p = 0.05).

            Conclusions
            The drug improves survival.
            """, "CC3001").Should().BeEmpty("p = 0.05 may be 0.046 (significant) or 0.054 (not)");

    [Test]
    public void One_claim_gives_one_finding_even_when_worded_twice()
        => RuleTestKit.Findings(Results + "Conclusions\nThe drug is effective in improving survival.", "CC3001").Should().ContainSingle();
}
