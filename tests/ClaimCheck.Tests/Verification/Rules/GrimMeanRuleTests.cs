namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC1007: a mean of whole-number data that no total over n gives (GRIM).</summary>
public sealed class GrimMeanRuleTests
{
    [Test]
    public void Fires_for_an_impossible_mean_of_counts()
        // Over n = 20 a mean of counts is a multiple of 0.05: 2.57 is not (2.55 and 2.60 are).
        => RuleTestKit.Findings("The number of episodes was 2.57 ± 1.10 per patient (n = 20).", "CC1007").Should().ContainSingle();

    [TestCase("The number of episodes was 2.55 ± 1.10 per patient (n = 20).")]
    [TestCase("Body weight was 72.57 ± 11.10 kg (n = 20).", Description = "not whole-number data")]
    public void Possible_means_or_continuous_data_do_not_fire(string text) => RuleTestKit.Findings(text, "CC1007").Should().BeEmpty();
}
