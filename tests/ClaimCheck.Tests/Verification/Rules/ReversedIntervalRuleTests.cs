namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC2002: reversed bounds, or a negative bound for a ratio.</summary>
public sealed class ReversedIntervalRuleTests
{
    [TestCase("The odds ratio was 1.68 (95% CI 4.34–0.65).", "above the upper bound")]
    [TestCase("The odds ratio was 1.68 (95% CI −0.65 to 4.34).", "cannot be negative")]
    public void Fires_on_reversed_or_negative_ratio_bounds(string text, string why)
        => RuleTestKit.Findings(text, "CC2002").Should().ContainSingle().Which.Message.Should().Contain(why);

    [TestCase("The median difference was −13.31%, 95% CI −29.14%, 2.13%, P = 0.080.", Description = "a difference may be negative")]
    [TestCase("The odds ratio was 1.68 (95% CI 0.65–4.34).")]
    public void Ordered_intervals_do_not_fire(string text) => RuleTestKit.Findings(text, "CC2002").Should().BeEmpty();
}
