namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC2001: an estimate outside its own interval.</summary>
public sealed class EstimateOutsideIntervalRuleTests
{
    [TestCase("The odds ratio was 1.68 (95% CI 0.65–1.34).")]
    [TestCase("The mean difference was 12.86 (95% CI: 1.44–10.28).")]
    [TestCase("HR 0.75 [0.80‐1.13]; p= 0.17")]
    public void Fires_when_the_estimate_is_outside(string text) => RuleTestKit.Findings(text, "CC2001").Should().ContainSingle();

    [TestCase("The odds ratio was 1.68 (95% CI 0.65–4.34).")]
    [TestCase("HR 0.75 [0.75‐1.13]; p= 0.17", Description = "on the bound is inside")]
    [TestCase("The difference was 27.00 m (95% CI 0.00, 57.00; P = 0.057).")]
    [TestCase("RR = 1.2 (CI 1.25–2.7)", Description = "1.2 stands for up to 1.25: rounding reaches the bound")]
    public void Estimates_inside_or_within_rounding_do_not_fire(string text) => RuleTestKit.Findings(text, "CC2001").Should().BeEmpty();
}
