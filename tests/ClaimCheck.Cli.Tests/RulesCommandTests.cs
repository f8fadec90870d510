using ClaimCheck.Verification;

namespace ClaimCheck.Cli.Tests;

/// <summary><c>claimcheck rules</c> and <c>claimcheck explain</c>.</summary>
public sealed class RulesCommandTests
{
    [Test]
    public void Rules_lists_every_rule_with_its_title_default_severity_and_help_page()
    {
        var run = Cli.Run("rules");

        run.ExitCode.Should().Be(0);
        foreach (var rule in RuleCatalog.All)
        {
            run.Lines.Should().ContainSingle(l => l.Contains(rule.Id + " ", StringComparison.Ordinal), rule.Id)
                .Which.Should().Contain(rule.Title).And.Contain(rule.DefaultSeverity.ToString().ToLowerInvariant()).And.Contain(rule.HelpLink);
        }
    }

    [Test]
    public void Explain_prints_the_rules_page()
    {
        var run = Cli.Run("explain", "cc1003");

        run.ExitCode.Should().Be(0);
        run.Lines[0].Should().Be("# CC1003: Same group, different denominators");
        run.Output.Should().Contain("## What it means");
    }

    [Test]
    public void Explain_of_an_unknown_id_is_a_usage_error()
    {
        var run = Cli.Run("explain", "CC7777");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("unknown rule id 'CC7777'");
        run.Output.Should().BeEmpty();
    }
}
