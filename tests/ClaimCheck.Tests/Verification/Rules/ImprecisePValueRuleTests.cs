namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC3004: thresholds and "n.s." instead of p-values (Info).</summary>
public sealed class ImprecisePValueRuleTests
{
    [TestCase("Pain fell (p < .05).", "threshold")]
    [TestCase("Pain fell (p > 0.05).", "threshold")]
    [TestCase("Pain did not change (p = n.s.).", "not significant")]
    public void Fires_on_imprecise_p(string text, string why) => RuleTestKit.Findings(text, "CC3004").Should().ContainSingle().Which.Message.Should().Contain(why);

    [TestCase("Pain fell (p = 0.03).")]
    [TestCase("Pain fell (p < 0.001).", Description = "the accepted form for very small p")]
    public void Exact_or_very_small_p_does_not_fire(string text) => RuleTestKit.Findings(text, "CC3004").Should().BeEmpty();
}
