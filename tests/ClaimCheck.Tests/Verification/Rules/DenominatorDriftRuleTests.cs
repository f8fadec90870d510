using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC1003: one arm with different denominators in one block.</summary>
public sealed class DenominatorDriftRuleTests
{
    [Test]
    public void Fires_when_an_arm_changes_size_between_sentences()
    {
        const string text = "Normal CT was seen in 46.94% (23/49) of patients in the MSC group and 34.48% (10/29) in the placebo group. "
            + "Reinfection rates were 53.06% (26/49) in the MSC group and 67.86% (19/28) in the placebo group.";

        var finding = RuleTestKit.Findings(text, "CC1003").Should().ContainSingle().Subject;

        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Be("the placebo group is 29 in '34.48% (10/29)' but 28 in '67.86% (19/28)'");
    }

    [Test]
    public void Is_Info_when_the_text_says_a_subset_was_analysed()
    {
        const string text = "Response was 30/50 (60%) in the drug group and 20/50 (40%) in the placebo group. "
            + "Among those who completed follow-up, relapse was 5/45 (11%) in the drug group and 9/44 (20%) in the placebo group.";

        RuleTestKit.Findings(text, "CC1003").Should().NotBeEmpty().And.OnlyContain(f => f.Severity == Severity.Info);
    }

    [TestCase("Response was 30/50 (60%) in the drug group and 20/50 (40%) in the placebo group. Relapse was 5/50 (10%) in the drug group and 9/50 (18%) in the placebo group.")]
    [TestCase("Response was 30/50 (60%) in the drug group. Relapse was 9/48 (19%) overall.", Description = "an unnamed total is not an arm")]
    public void Same_denominators_or_unnamed_groups_do_not_fire(string text) => RuleTestKit.Findings(text, "CC1003").Should().BeEmpty();
}
