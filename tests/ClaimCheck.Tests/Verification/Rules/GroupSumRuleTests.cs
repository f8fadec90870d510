namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC1004: arm sizes that do not add up to the total stated for the same stage.</summary>
public sealed class GroupSumRuleTests
{
    [TestCase("In all, 100 patients were randomized to either drug (n = 60) or placebo (n = 35).", "60 + 35 = 95")]
    [TestCase("Eighteen patients were included. The infusion was given with (n = 11) or placebo (n = 6).", "11 + 6 = 17")]
    public void Fires_when_arms_do_not_add_up(string text, string sum)
        => RuleTestKit.Findings(text, "CC1004").Should().ContainSingle().Which.Message.Should().Contain(sum);

    [TestCase("Seventeen patients were included. The infusion was given to (n = 11) or placebo (n = 6).", Description = "a total in words")]
    [TestCase("In all, 100 patients received either UC-MSCs (n = 65) or placebo (n = 35).")]
    [TestCase("We recruited 101 patients. In all, 100 patients were finally treated with UC-MSCs (n = 65) or placebo (n = 35).", Description = "recruited and treated are different stages")]
    [TestCase("We randomized 120 patients; 100 completed the study: drug (n = 52) and placebo (n = 48).", Description = "completers after dropouts")]
    public void Consistent_or_different_stage_totals_do_not_fire(string text) => RuleTestKit.Findings(text, "CC1004").Should().BeEmpty();
}
