using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC2004: an OR, RR or RD its sentence's counts cannot produce.</summary>
public sealed class RatioCountsRuleTests
{
    private const string Counts = "Normal CT was seen in 46.94% (23/49) of patients in the MSC group and 34.48% (10/29) in the placebo group ";

    [Test]
    public void Fires_when_the_odds_ratio_does_not_follow()
    {
        var finding = RuleTestKit.Findings(Counts + "(OR = 1.86, 95% CI 0.65–4.34).", "CC2004").Should().ContainSingle().Subject;

        finding.Severity.Should().Be(Severity.Info);
        finding.Message.Should().Contain("OR = 1.6808").And.Contain("0.5950").And.Contain("[1.8550, 1.8650]");
    }

    [Test]
    public void Is_info_when_the_sentence_says_adjusted()
        => RuleTestKit.Findings(Counts + "(adjusted OR = 1.86, 95% CI 0.65–4.34).", "CC2004").Should().ContainSingle().Which.Severity.Should().Be(Severity.Info);

    [TestCase(Counts + "(OR = 1.68, 95% CI 0.65–4.34).")]
    [TestCase(Counts + "(OR = 0.59, 95% CI 0.23–1.54).", Description = "the other orientation")]
    [TestCase(Counts + "(RR = 1.36).", Description = "RR = (23/49)/(10/29) = 1.361")]
    [TestCase(Counts + "(HR = 2.50).", Description = "a hazard ratio cannot be computed from counts")]
    public void Ratios_that_follow_or_cannot_be_computed_do_not_fire(string text) => RuleTestKit.Findings(text, "CC2004").Should().BeEmpty();
}
