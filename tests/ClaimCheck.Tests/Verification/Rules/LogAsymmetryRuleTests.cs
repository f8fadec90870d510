using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC2003: a ratio interval not symmetric about the estimate on the log scale.</summary>
public sealed class LogAsymmetryRuleTests
{
    [Test]
    public void A_far_off_estimate_is_a_warning()
        // ln 1.2 = 0.18 against a log midpoint of (ln 1.1 + ln 5.0) / 2 = 0.85 with half-width 0.76: 0.88 half-widths off.
        => RuleTestKit.Findings("The odds ratio was 1.2 (95% CI 1.1–5.0).", "CC2003").Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);

    [Test]
    public void A_mild_asymmetry_is_info()
        // ln 1.50 = 0.405; midpoint (ln 0.95 + ln 3.60) / 2 = 0.615, half-width 0.666: 0.31 half-widths off.
        // (With one decimal, 1.5 (0.9–3.2), rounding alone allows an offset under 0.1, and nothing fires.)
        => RuleTestKit.Findings("The odds ratio was 1.50 (95% CI 0.95–3.60).", "CC2003").Should().ContainSingle().Which.Severity.Should().Be(Severity.Info);

    [TestCase("odds ratio [OR] = 1.68, 95% confidence interval [CI]: 0.65–4.34", Description = "Woolf interval: symmetric on the log scale")]
    [TestCase("HR 0.75 [0.50‐1.13]; p= 0.17")]
    [TestCase("The mean difference was 12.86 (95% CI: 1.44–24.28).", Description = "differences are not on the log scale")]
    public void Symmetric_or_linear_intervals_do_not_fire(string text) => RuleTestKit.Findings(text, "CC2003").Should().BeEmpty();
}
