namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC2002: reversed bounds, or a negative bound for a ratio.</summary>
public sealed class ReversedIntervalRuleTests
{
    [TestCase("The odds ratio was 1.68 (95% CI 4.34–0.65).", "above the upper bound")]
    [TestCase("The odds ratio was 1.68 (95% CI −0.65 to 4.34).", "cannot be negative")]
    public void Fires_on_reversed_or_negative_ratio_bounds(string text, string why)
        => RuleTestKit.Findings(text, "CC2002").Should().ContainSingle().Which.Message.Should().Contain(why);

    [TestCase("The difference between groups was 0.13 (CI 20.8–0.35).", "−0.8 to 0.35", TestName = "A lost minus: '20.8' for '−0.8'")]
    [TestCase("The difference between groups was 21.15 (CI 212.26–9.97).", "−12.26 to 9.97", TestName = "A lost minus in both the estimate and the bound")]
    public void Gives_the_lost_minus_reading_when_it_explains_the_order(string text, string reading)
        => RuleTestKit.Findings(text, "CC2002").Should().ContainSingle().Which.Message.Should().Contain("minus sign was lost").And.Contain(reading.Replace('−', '-'));

    [TestCase("The odds ratio was 0.55 (95% CI 0.310–0.097).", TestName = "No leading 2: an error, no lost-minus reading")]
    [TestCase("The difference was 30.1 (CI 25.8–0.35).", TestName = "'25.8' read as −5.8 would not hold the estimate 30.1")]
    public void Keeps_reversed_bounds_that_no_lost_minus_explains(string text)
        => RuleTestKit.Findings(text, "CC2002").Should().ContainSingle().Which.Message.Should().NotContain("minus sign was lost");

    [TestCase("The median difference was −13.31%, 95% CI −29.14%, 2.13%, P = 0.080.", Description = "a difference may be negative")]
    [TestCase("The odds ratio was 1.68 (95% CI 0.65–4.34).")]
    public void Ordered_intervals_do_not_fire(string text) => RuleTestKit.Findings(text, "CC2002").Should().BeEmpty();
}
