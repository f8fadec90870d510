using System.Text.RegularExpressions;
using ClaimCheck.Diagnostics;
using ClaimCheck.Verification;

namespace ClaimCheck.Tests.Verification;

/// <summary>The catalogue: derived from the rules' declarations, ids unique and well formed, real message formats, and every rule documented.</summary>
public sealed class RuleCatalogTests
{
    [Test]
    public void Ids_are_unique_and_well_formed()
    {
        RuleCatalog.All.Select(d => d.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => System.Text.RegularExpressions.Regex.IsMatch(id, "^CC[0-9]{4}$"));
        RuleCatalog.All.Select(d => d.Id).Should().Contain(["CC1001", "CC1008", "CC2001", "CC2010", "CC9002"]);
    }

    [Test]
    public void Every_rule_has_its_docs_page_with_its_title()
    {
        foreach (var rule in RuleCatalog.All)
        {
            string page = Path.Combine(Corpus.RepositoryRoot, rule.HelpLink);
            File.Exists(page).Should().BeTrue($"{rule.Id} links to {rule.HelpLink}");
            File.ReadLines(page).First().Should().Be($"# {rule.Id}: {rule.Title}");
        }
    }

    [Test]
    public void Find_is_case_insensitive() => RuleCatalog.Find("cc1003")!.Title.Should().Be("Same group, different denominators");

    [Test]
    public void Every_rules_page_is_embedded_as_in_the_repository()
    {
        foreach (var rule in RuleCatalog.All)
        {
            string page = File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, rule.HelpLink)).ReplaceLineEndings("\n");
            RuleCatalog.GetHelpMarkdown(rule.Id.ToLowerInvariant()).Should().Be(page, rule.Id);
        }

        RuleCatalog.GetHelpMarkdown("CC0000").Should().BeNull();
    }

    [Test]
    public void The_catalogue_is_what_the_rules_and_stages_declare()
    {
        var declared = RuleCatalog.Rules.SelectMany(r => r.SupportedRules).Concat(RuleCatalog.Stages).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal);

        RuleCatalog.All.Select(d => d.Id).Should().Equal(declared);
        RuleCatalog.Rules.Should().OnlyContain(r => r.SupportedRules.Length > 0);
        // The CC4001-CC4003 rules are declared through the in-thread rule that runs them.
        RuleCatalog.All.Select(d => d.Id).Should().Contain(["CC4001", "CC4002", "CC4003", "CC9001", "CC9002", "CC9003", "CC9004"]);
    }

    [Test]
    public void Every_id_has_a_constant_in_RuleIds()
    {
        var constants = typeof(RuleIds).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        constants.Should().BeEquivalentTo(RuleCatalog.All.Select(d => d.Id));
    }

    [Test]
    public void No_message_format_is_a_bare_placeholder()
    {
        foreach (var descriptor in RuleCatalog.Declared)
        {
            string words = Regex.Replace(descriptor.MessageFormat, @"\{[0-9]+(:[^}]*)?\}", string.Empty);
            words.Count(char.IsLetter).Should().BeGreaterThanOrEqualTo(6, $"{descriptor.Id}'s format \"{descriptor.MessageFormat}\" should say something itself");
        }
    }

    [Test]
    public void The_wordings_of_one_id_differ_only_in_their_message()
    {
        foreach (var wordings in RuleCatalog.Declared.GroupBy(d => d.Id))
        {
            wordings.Select(d => (d.Title, d.Category, d.DefaultSeverity)).Distinct().Should().ContainSingle(wordings.Key);
        }
    }

    [Test]
    public void Categories_follow_the_id_ranges()
    {
        var ranges = File.ReadLines(Path.Combine(Corpus.RepositoryRoot, "docs", "rules", "id-ranges.txt"))
            .Where(l => l.StartsWith("CC", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(p => p[0][2], p => Enum.Parse<RuleCategory>(p[1]));

        foreach (var rule in RuleCatalog.All)
        {
            rule.Category.Should().Be(ranges[rule.Id[2]], rule.Id);
        }
    }
}
