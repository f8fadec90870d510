using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC2010: values no statistic can take.</summary>
public sealed class ImpossibleStatisticRuleTests
{
    [TestCase("Mortality fell (p = 1.20).", "between 0 and 1")]
    [TestCase("Mortality fell (p = -0.03).", "between 0 and 1")]
    [TestCase("Mortality fell (p = .000).", "never exactly 0")]
    [TestCase("The correlation was r(28) = 1.22, p = .01.", "between −1 and 1")]
    public void Fires_on_impossible_values(string text, string why)
        => RuleTestKit.Findings(text, "CC2010").Should().ContainSingle().Which.Message.Should().Contain(why);

    [TestCase("Mortality fell (p < .001).")]
    [TestCase("Mortality fell (p = 1.00).", Description = "p can be 1")]
    [TestCase("Anemia increased (P = 0 .015 versus before crossover).", Description = "a stray space inside 0.015, not P = 0")]
    [TestCase("The correlation was r(28) = -.99, p < .001.")]
    [TestCase("The odds ratio was 1.68 (99% CI 0.50–5.60).")]
    public void Possible_values_do_not_fire(string text) => RuleTestKit.Findings(text, "CC2010").Should().BeEmpty();

    // Each wording carries its own default: the held-out draw found "between 0 and 1" 0 of 3 true (Info) and
    // "never exactly 0" 9 of 9 (Warning); the others were not drawn and keep Error.
    [TestCase("Mortality fell (p = 1.20).", Severity.Info)]
    [TestCase("Mortality fell (p = .000).", Severity.Warning)]
    [TestCase("Mortality fell (p < .000).", Severity.Warning)]
    [TestCase("The correlation was r(28) = 1.22, p = .01.", Severity.Error)]
    public void Each_wording_has_the_severity_its_evidence_gives(string text, Severity severity)
        => RuleTestKit.Findings(text, "CC2010").Should().ContainSingle().Which.Severity.Should().Be(severity);
}
