using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC2007: a reported difference that is not the difference of the reported values.</summary>
public sealed class DifferenceValuesRuleTests
{
    [Test]
    public void Fires_on_the_seed_sentence_and_says_why_it_may_be()
        => RuleTestKit.Findings("The GH score was higher in the MSC group (67.0) compared to the placebo group (50.0), with a difference of 12.86 (95% CI: 1.44–24.28).", "CC2007")
            .Should().ContainSingle().Which.Message.Should().Contain("67.0 − 50.0 = 17.0").And.Contain("adjusted");

    [Test]
    public void Is_info_when_the_sentence_says_adjusted()
        => RuleTestKit.Findings("The score was higher in the MSC group (67.0) compared to the placebo group (50.0), with an adjusted difference of 12.86 (95% CI: 1.44–24.28).", "CC2007")
            .Should().ContainSingle().Which.Severity.Should().Be(Severity.Info);

    [TestCase("The score was higher in the MSC group (67.0) compared to the placebo group (50.0), with a difference of 17.0 (95% CI: 5.6–28.4).")]
    [TestCase("The score was higher in the MSC group (67.04) compared to the placebo group (50.0), with a difference of 17.1 (95% CI: 5.6–28.4).", Description = "17.04 within rounding of 17.1? no: 67.04 − 50.0 ∈ [16.985, 17.095], and 17.1 stands for [17.05, 17.15]")]
    [TestCase("Pain was lower with the drug (40.0) compared to placebo (50.0), a difference of 20.0% (95% CI 5.0 to 35.0).", Description = "a relative difference: 10/50 = 20%")]
    [TestCase("The PC20 was 0.31 compared to 0.39 mg/mL respectively, geometric mean doubling dose difference -0.31 (-1.18 to 0.57).", Description = "geometric means: log2(0.31/0.39) = −0.33")]
    public void Matching_values_do_not_fire(string text) => RuleTestKit.Findings(text, "CC2007").Should().BeEmpty();

    [Test]
    public void A_log_reading_is_tried_only_where_the_sentence_says_the_scale()
        => RuleTestKit.Findings("The score was 0.31 compared to 0.39 respectively, with a difference of -0.31 (-1.18 to 0.57).", "CC2007")
            .Should().ContainSingle("without 'geometric mean' or 'doubling dose' the values are subtracted as printed");
}
