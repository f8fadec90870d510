using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC3002: significance wording against the numbers of the same sentence.</summary>
public sealed class SignificanceWordingRuleTests
{
    [Test]
    public void Significantly_with_a_non_significant_p_is_an_error()
        => RuleTestKit.Findings("The drug significantly reduced pain (difference −1.2, 95% CI −2.5 to 0.1, p = 0.07).", "CC3002")
            .Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);

    [Test]
    public void No_significant_difference_with_a_significant_result_is_an_error()
        => RuleTestKit.Findings("There was no significant difference in pain (difference −1.2, 95% CI −2.0 to −0.4, p = 0.004).", "CC3002")
            .Should().ContainSingle().Which.Message.Should().Contain("are significant");

    [Test]
    public void An_unqualified_increase_on_a_non_significant_result_is_a_warning()
        => RuleTestKit.Findings("The 6-MWT showed an increased distance in patients treated with UC-MSCs (difference: 27.00 m; 95% CI 0.00, 57.00; P = 0.057).", "CC3002")
            .Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);

    [TestCase("UC-MSCs administration exerted numerical improvement in whole lung lesion volume (the median difference was −13.31%, 95% CI −29.14%, 2.13%, P = 0.080).", Description = "'numerical' says so")]
    [TestCase("UC-MSCs significantly reduced the proportions of solid component lesion volume (median difference: −15.45%; 95% CI −30.82%, −0.39%; P = 0.043).")]
    [TestCase("Pain did not differ significantly (difference −1.2, 95% CI −2.5 to 0.1, p = 0.07).")]
    [TestCase("There was a trend towards lower pain (p = 0.07).", Description = "CC3003's case")]
    public void Honest_wording_does_not_fire(string text) => RuleTestKit.Findings(text, "CC3002").Should().BeEmpty();
}
