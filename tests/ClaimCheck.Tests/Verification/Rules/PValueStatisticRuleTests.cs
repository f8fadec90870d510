namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC2008: a p-value its test statistic cannot give (statcheck's conventions).</summary>
public sealed class PValueStatisticRuleTests
{
    [TestCase("The groups differed, t(28) = 2.20, p = .02.", Description = "t(28) = 2.20 gives p = .036")]
    [TestCase("There was an effect, F(2, 28) = 4.40, p = .04.", Description = "F(2, 28) = 4.40 gives p = .022")]
    [TestCase("Rates differed, χ2(1, N = 100) = 4.3, p = .02.", Description = "χ²(1) = 4.3 gives p = .038")]
    public void Fires_when_p_does_not_follow(string text) => RuleTestKit.Findings(text, "CC2008").Should().ContainSingle();

    [TestCase("The groups differed, t(28) = 2.20, p = .036.")]
    [TestCase("The groups differed, t(28) = 2.20, p = .04.", Description = "2.195–2.205 gives .0363–.0359: .04 stands for [.035, .045]")]
    [TestCase("There was an effect, F(2, 28) = 4.40, p < .05.")]
    [TestCase("The correlation was r(28) = .22, p = .24.")]
    [TestCase("The effect was z = 2.20, p = .028.")]
    [TestCase("The groups differed, t(28) = 2.20, p = .018, one-tailed.", Description = "one-tailed only because the text says so")]
    [TestCase("Heterogeneity was Q(28) = 22.2, p = .77.")]
    public void Consistent_reports_do_not_fire(string text) => RuleTestKit.Findings(text, "CC2008").Should().BeEmpty();
}
