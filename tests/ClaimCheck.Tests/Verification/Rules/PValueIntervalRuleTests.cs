using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC2006: a p-value its interval contradicts (Altman–Bland).</summary>
public sealed class PValueIntervalRuleTests
{
    [Test]
    public void Fires_when_the_interval_excludes_the_null_but_p_says_not_significant()
    {
        // ln 1.80 / ((ln 3.00 − ln 1.08) / 3.92) = 2.25: p ≈ 0.024, not 0.30.
        var finding = RuleTestKit.Findings("The odds ratio was 1.80 (95% CI 1.08–3.00; p = 0.30).", "CC2006").Should().ContainSingle().Subject;

        finding.Severity.Should().Be(Severity.Info);
        finding.Message.Should().Contain("excludes 1");
    }

    [Test]
    public void A_near_miss_on_the_same_side_is_info()
        // ln 1.68 / 0.4844 = 1.071: p ≈ 0.28; a reported p = 0.35 (Fisher's exact, say) is within a factor of 3.
        => RuleTestKit.Findings("The odds ratio was 1.68 (95% CI 0.65–4.34; p = 0.35).", "CC2006").Should().ContainSingle().Which.Severity.Should().Be(Severity.Info);

    [Test]
    public void A_clearly_asymmetric_difference_interval_is_skipped_with_an_info_note()
        => RuleTestKit.Findings("The difference was 5.0 (95% CI 1.0 to 20.0; p = 0.001).", "CC2006").Should().ContainSingle()
            .Which.Message.Should().StartWith("not checked");

    [TestCase("The odds ratio was 1.68 (95% CI 0.65–4.34; p = 0.28).")]
    [TestCase("MSC administration improved lesion volume with a difference of -10.8% (95% CI: -20.7%, -1.5%, p = 0.030).", Description = "slightly asymmetric: the halves give 0.023–0.033")]
    [TestCase("The 6-MWT distance increased (difference: 27.00 m; 95% CI 0.00, 57.00; P = 0.057).")]
    [TestCase("The median difference was −13.31%, 95% CI −29.14%, 2.13%, P = 0.080.", Description = "median differences are non-parametric")]
    [TestCase("HR 0.50 (95% CI 0.35–0.71), p < 0.001.")]
    [TestCase("The mean difference was 2.5 (95% CI 0.3 to 4.7; p = 0.028).", Description = "a t-based interval of a small trial: df 20 gives p ≈ 0.028")]
    public void Consistent_or_unsuitable_pairs_do_not_fire(string text) => RuleTestKit.Findings(text, "CC2006").Should().BeEmpty();
}
