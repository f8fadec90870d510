using System.Net;
using System.Text.RegularExpressions;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Parsing.Html;

/// <summary>The constructed XenForo 2 page of seed 000 (corpus/seeds-html): the text of the seed in real XenForo markup.</summary>
public sealed class SeedHtmlTests
{
    private const string Page = "seeds-html/000_ee862e205fadbfc4.xenforo.html";

    private static readonly Regex Tag = new("<[^>]*>", RegexOptions.NonBacktracking);

    [Test]
    public void Seed000_page_is_a_thread_of_six_posts_by_the_named_members()
    {
        var document = HtmlPages.Read(HtmlPages.Bundled(Page));

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Title.Should().Be("Long-term outcomes of mesenchymal stem cell therapy in severe COVID-19 patients: 3-year follow-up of a [RCT], 2025, Yuan et al");
        document.Forum.Should().Be("Long Covid research");
        document.Posts.Select(p => p.Author).Should().Equal(
            "forestglip", "Utsikt", "Jonathan Edwards", "Utsikt", "SNT Gatchaman", "Jonathan Edwards");
        document.Posts[0].PostedAt.Should().Be(new DateTimeOffset(2025, 2, 27, 0, 0, 0, TimeSpan.Zero));
    }

    [Test]
    public void Seed000_page_separates_quoted_abstracts_from_commentary()
    {
        var posts = HtmlPages.Read(HtmlPages.Bundled(Page)).Posts;

        posts[0].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.ArticleText);
        posts[0].Blocks[0].QuotedSource.Should().Be("Stem Cell Research and Therapy", "the Link | PDF line after the quote names the journal");
        posts[0].Blocks[0].Paragraphs.Select(p => p.Kind).Should().StartWith([ParagraphKind.Title, ParagraphKind.Byline, ParagraphKind.Heading]);
        posts[0].Blocks[0].Paragraphs.Where(p => p.Kind == ParagraphKind.Heading).Select(p => p.Text)
            .Should().Equal("Background", "Methods", "Results", "Conclusions");
        posts[1].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Commentary, BlockKind.ArticleText);
        posts[1].Blocks[0].Text.Should().Be("From the original study, line breaks added.");
        posts[1].Blocks[1].Paragraphs[0].Should().Match<Paragraph>(p => p.Kind == ParagraphKind.Heading && p.Text == "Inclusion and exclusion criteria");
        posts[2].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Commentary);
        posts[2].Blocks[0].Text.Should().Be(
            "It looks as if maybe lung CT was the one thing that seemed different.\nThey don't say in the abstract if reading was blinded.\n"
            + "I have no idea why stem cells should be of help in Long Covid. The abstract does not even say whether this is autologous, where from or whatever.\nUmmmm...");
        posts[3].Blocks.Should().BeEmpty("Utsikt's second post has no text of its own");
        posts[4].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Commentary, BlockKind.ArticleText);
        posts[4].Blocks[0].Text.Should().Be("Looks like umbilical cord cells, as a follow-up from their phase 2 study —");
        posts[4].Blocks[1].QuotedSource.Should().Be("Nature Signal Transduction and Targeted Therapy");
        posts[4].Blocks[1].Paragraphs[0].Kind.Should().Be(ParagraphKind.Title);
        posts[4].Blocks[1].Text.Should().Contain("In all, 100 COVID-19 patients were finally received either UC-MSCs (n\u2009=\u200965) or placebo (n\u2009=\u200935).");
        posts[5].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Commentary);
    }

    [Test]
    public void Seed000_page_has_every_content_line_of_the_text_copy_in_its_blocks()
    {
        var document = HtmlPages.Read(HtmlPages.Bundled(Page));
        string[] lines = File.ReadAllLines(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt"));
        var paragraphs = document.Blocks.SelectMany(b => b.Paragraphs).Select(p => p.Text).ToHashSet();

        // Lines 11–25 (post 1's abstract), 38–47, 59–64, 84–95 and 108 are content; their text is kept character for character.
        int[] content = [11, 13, 15, 16, 18, 19, 21, 22, 24, 25, 38, 40, 41, 43, 45, 47, 59, 60, 62, 64, 84, 86, 87, 89, 91, 93, 95, 108];
        foreach (int n in content)
        {
            paragraphs.Should().Contain(lines[n - 1].Trim(), "line {0} of the text copy is content", n);
        }

        paragraphs.Should().HaveCount(content.Length);
    }

    [TestCase("Senior Member (Voting Rights)")]
    [TestCase("Messages")]
    [TestCase("1,778")]
    [TestCase("Location")]
    [TestCase("Norway")]
    [TestCase("like this.")]
    [TestCase("likes this.")]
    [TestCase("Link | PDF")]
    [TestCase("https://www.nature.com")]
    [TestCase("Click to expand")]
    [TestCase("Signature line")]
    [TestCase("Share this page")]
    [TestCase("Thread starter")]
    [TestCase("What's new")]
    [TestCase("Log in")]
    [TestCase("Terms and rules")]
    public void Seed000_page_chrome_is_in_no_block(string chrome)
    {
        string visible = WebUtility.HtmlDecode(Tag.Replace(File.ReadAllText(Corpus.PathOf(Page)), string.Empty));
        visible.Should().Contain(chrome, "the chrome must be on the page for the test to mean anything");
        HtmlPages.AllBlockText(HtmlPages.Read(HtmlPages.Bundled(Page))).Should().NotContain(chrome);
    }

    [Test]
    public void Seed000_page_positions_map_to_the_lines_of_the_html_file()
    {
        var document = HtmlPages.Read(HtmlPages.Bundled(Page));
        string[] fileLines = File.ReadAllLines(Corpus.PathOf(Page));
        var heading = document.Posts[0].Blocks[0].Paragraphs.First(p => p.Text == "Results");
        var sentence = document.Posts[0].Blocks[0].Sentences.First(s => s.Section == "Results");

        var at = document.Source.GetLinePosition(heading.Span.Start);
        fileLines[at.Line - 1].Should().Be("<b>Results</b><br />");
        at.Column.Should().Be(4);

        at = document.Source.GetLinePosition(sentence.Span.Start);
        fileLines[at.Line - 1][(at.Column - 1)..].Should().StartWith("Three years post-treatment, 46.94% (23/49)");
    }
}
