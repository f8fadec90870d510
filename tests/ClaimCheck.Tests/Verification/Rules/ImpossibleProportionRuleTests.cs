namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC1002: more events than people, or a zero denominator.</summary>
public sealed class ImpossibleProportionRuleTests
{
    [TestCase("Adverse events occurred in 52/49 patients in the MSC group.")]
    [TestCase("Remission was reached in 12 of 10 (120%) children.")]
    public void Fires_on_impossible_counts(string text) => RuleTestKit.Findings(text, "CC1002").Should().ContainSingle();

    [TestCase("The trial was published in Trials. 2021 Jan 6;22(1):9.")]
    [TestCase("Patients rated the app 3/5 stars.")]
    [TestCase("Support was available 24/7 during the trial.")]
    [TestCase("Blood pressure was 120/80 mmHg.")]
    [TestCase("Adverse events occurred in 49/49 (100%) patients.")]
    public void Innocent_look_alikes_do_not_fire(string text) => RuleTestKit.Findings(text, "CC1002").Should().BeEmpty();
}
