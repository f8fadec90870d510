using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC3003: marginal-significance language (Info).</summary>
public sealed class MarginalSignificanceRuleTests
{
    [TestCase("A marginally smaller proportion of patients in the MSC group had a 6-MWD below the normal range.")]
    [TestCase("The difference was marginally significant (p = 0.06).")]
    public void Fires_as_info(string text) => RuleTestKit.Findings(text, "CC3003").Should().ContainSingle().Which.Severity.Should().Be(Severity.Info);

    [TestCase("The difference was significant (p = 0.01).")]
    [TestCase("Margins were clear in 45 of 50 (90%) resections.")]
    public void Plain_results_do_not_fire(string text) => RuleTestKit.Findings(text, "CC3003").Should().BeEmpty();
}
