namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC2009: a statcheck mismatch that changes the significance decision.</summary>
public sealed class DecisionFlipRuleTests
{
    [TestCase("The groups differed, t(28) = 1.20, p = .03.", Description = "t(28) = 1.20 gives p = .24")]
    [TestCase("There was no effect, F(1, 40) = 9.80, p = .12.", Description = "F(1, 40) = 9.80 gives p = .003")]
    public void Fires_when_the_decision_flips(string text)
    {
        RuleTestKit.Findings(text, "CC2009").Should().ContainSingle();
        RuleTestKit.Findings(text, "CC2008").Should().BeEmpty("a flip is reported once, as CC2009");
    }

    [TestCase("The groups differed, t(28) = 2.20, p = .02.", Description = "inconsistent, but .036 is significant too: CC2008")]
    [TestCase("The groups differed, t(28) = 2.20, p = .036.")]
    public void Same_side_mismatches_or_consistent_reports_do_not_fire(string text) => RuleTestKit.Findings(text, "CC2009").Should().BeEmpty();
}
