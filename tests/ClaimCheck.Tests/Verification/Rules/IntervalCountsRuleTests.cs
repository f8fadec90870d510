using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC2005: an interval no standard method gives from the counts (Info).</summary>
public sealed class IntervalCountsRuleTests
{
    private const string Counts = "Normal CT was seen in 46.94% (23/49) of patients in the MSC group and 34.48% (10/29) in the placebo group ";

    [Test]
    public void Fires_as_info_naming_the_methods_tried()
    {
        var finding = RuleTestKit.Findings(Counts + "(OR = 1.68, 95% CI 0.95–4.34).", "CC2005").Should().ContainSingle().Subject;

        finding.Severity.Should().Be(Severity.Info);
        finding.Message.Should().Contain("Woolf (0.651 to 4.343)").And.Contain("exact").And.Contain("mid-p");
    }

    [TestCase(Counts + "(OR = 1.68, 95% CI 0.65–4.34).", Description = "Woolf")]
    [TestCase(Counts + "(OR = 1.86, 95% CI 0.95–4.34).", Description = "the estimate does not follow: CC2004's case, not this one")]
    public void Reproduced_or_unmatched_estimates_do_not_fire(string text) => RuleTestKit.Findings(text, "CC2005").Should().BeEmpty();
}
