using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC1006: a percentage of a known n that no whole count gives (GRIM).</summary>
public sealed class GrimPercentRuleTests
{
    // Out of 49, 23 gives 46.94% and 24 gives 48.98%; 47.50% is neither.
    [TestCase("Improvement was seen in 47.50% of 49 patients.")]
    [TestCase("Improvement was seen in 47.5% of 49 eyes.")]
    public void Fires_when_no_count_out_of_n_gives_the_percentage(string text)
        => RuleTestKit.Findings(text, "CC1006").Should().ContainSingle().Which.Severity.Should().Be(Severity.Info, "Info until it shows 95% on held-out text");

    [TestCase("Improvement was seen in 46.94% of 49 patients.")]
    [TestCase("Improvement was seen in 47.5% of 4000 patients.", Description = "n too large for GRIM to say anything")]
    [TestCase("Improvement was seen in 47.50% of patients (n = 49).", Description = "issue 12: the n after 'of patients' counts the patients improved, so it is no base")]
    [TestCase("Death occurred in 9.2% of patients (n = 17).", Description = "issue 12: 17 died, 9.2% of an unprinted total")]
    [TestCase("In earlier work more than 71% of 20 responders agreed.", Description = "a bound, not a value")]
    [TestCase("Improvement was seen in about 47.50% of 49 patients.", Description = "an approximation")]
    [TestCase("Improvement was seen in ~47.5% of 49 patients.", Description = "an approximation sign")]
    public void Possible_percentages_do_not_fire(string text) => RuleTestKit.Findings(text, "CC1006").Should().BeEmpty();
}
