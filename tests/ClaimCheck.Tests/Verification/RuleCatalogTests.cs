using ClaimCheck.Verification;

namespace ClaimCheck.Tests.Verification;

/// <summary>The catalogue: ids unique and well formed, and every rule documented.</summary>
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
}
