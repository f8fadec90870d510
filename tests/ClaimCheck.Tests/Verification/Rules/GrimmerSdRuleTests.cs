namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC1008: an SD of whole-number data that no sum of squares gives (GRIMMER).</summary>
public sealed class GrimmerSdRuleTests
{
    [Test]
    public void Fires_for_an_impossible_SD()
        // n = 5, mean 2.00 (sum 10): Σx² = 4·s² + 20 must be an even whole number; s = 0.10 gives 20.04 only.
        => RuleTestKit.Findings("The number of visits was 2.00 ± 0.10 (n = 5).", "CC1008").Should().ContainSingle();

    [TestCase("The number of visits was 2.00 ± 1.00 (n = 5).", Description = "Σx² = 24: e.g. 1, 1, 2, 3, 3")]
    [TestCase("Height was 2.00 ± 0.10 m (n = 5).", Description = "not whole-number data")]
    public void Possible_SDs_do_not_fire(string text) => RuleTestKit.Findings(text, "CC1008").Should().BeEmpty();
}
