using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC1006: a percentage of a known n that no whole count gives (GRIM).</summary>
public sealed class GrimPercentRuleTests
{
    [Test]
    public void Fires_when_no_count_out_of_n_gives_the_percentage()
        // Out of 49, 23 gives 46.94% and 24 gives 48.98%; 47.50% is neither.
        => RuleTestKit.Findings("Improvement was seen in 47.50% of patients (n = 49).", "CC1006").Should().ContainSingle()
            .Which.Severity.Should().Be(Severity.Warning);

    [TestCase("Improvement was seen in 46.94% of patients (n = 49).")]
    [TestCase("Improvement was seen in 47.5% of patients (n = 4000).", Description = "n too large for GRIM to say anything")]
    public void Possible_percentages_do_not_fire(string text) => RuleTestKit.Findings(text, "CC1006").Should().BeEmpty();
}
