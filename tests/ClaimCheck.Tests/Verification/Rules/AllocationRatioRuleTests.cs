namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC1005: an allocation ratio the arm sizes do not fit.</summary>
public sealed class AllocationRatioRuleTests
{
    [Test]
    public void Fires_when_the_split_is_far_from_the_ratio()
        => RuleTestKit.Findings("Patients were randomly assigned at a 2:1 ratio. In all, 100 patients received the drug (n = 50) or placebo (n = 50).", "CC1005")
            .Should().ContainSingle().Which.Message.Should().Contain("about 67 and 33").And.Contain("50 and 50");

    [TestCase("Patients were randomly assigned at a 2:1 ratio. In all, 100 patients received UC-MSCs (n = 65) or placebo (n = 35).", Description = "small deviation from dropouts")]
    [TestCase("Patients were randomly assigned 1:2 to placebo or drug. In all, 90 patients received placebo (n = 31) or the drug (n = 59).", Description = "ratio written in the other order")]
    public void Near_splits_do_not_fire(string text) => RuleTestKit.Findings(text, "CC1005").Should().BeEmpty();
}
