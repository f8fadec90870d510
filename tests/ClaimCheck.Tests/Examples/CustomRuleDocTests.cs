using System.Text.RegularExpressions;
using MyForum.Moderation;

namespace ClaimCheck.Tests.Examples;

/// <summary>
/// docs/custom-rules.md shows Examples/SmallGroupRule.cs, which this project compiles: the page's code
/// block must be that file, and the example must do what the page says it does.
/// </summary>
public sealed class CustomRuleDocTests
{
    private static string Page => File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "docs", "custom-rules.md")).ReplaceLineEndings("\n");

    private const string Post = "In the placebo group, 58.3% (7/12) improved, against 40.0% (20/50) with the drug.";

    [Test]
    public void The_page_shows_the_compiled_example_verbatim()
    {
        string example = File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "tests", "ClaimCheck.Tests", "Examples", "SmallGroupRule.cs")).ReplaceLineEndings("\n");
        var block = Regex.Match(Page, "```csharp\n(.*?)```", RegexOptions.Singleline);

        block.Success.Should().BeTrue("the page has a csharp code block");
        block.Groups[1].Value.Should().Be(example);
    }

    [Test]
    public void The_example_gives_the_one_line_the_page_shows()
    {
        var lines = Moderation.Check(Post).ToList();

        lines.Should().Equal("(1,23): Warning FORUM001: 58.3% is a percentage of only 12 people: one person more or less moves it by 8.3 points");
        Page.Should().Contain(Post).And.Contain("\n" + lines[0] + "\n");
    }
}
