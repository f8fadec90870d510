using ClaimCheck.Documents;
using ClaimCheck.Parsing.Layout;
using static ClaimCheck.Tests.Parsing.Layout.LayoutSources;

namespace ClaimCheck.Tests.Parsing.Layout;

/// <summary>
/// The one block segmenter on constructed posts: the same post as copied text and as XenForo markup gives
/// the same blocks, and the markup's flags and quotes (an empty one included) steer it as documented.
/// </summary>
public sealed class BlockSegmenterTests
{
    private const string Text = """
        I found this paper interesting, see the results below.
        Effect of drug X on mortality in adults with severe sepsis
        Ann Smith, Bob Jones, Carl Brown, Dana White
        Results
        Of 200 patients, 23 of 100 in the drug group and 35 of 100 in the placebo group died within 28 days.
        Link | PDF (The Journal) [Open Access]
        bob said: ↑
        The trial was small.
        Click to expand...
        I agree, and the follow-up was short.
        """;

    private const string XenForo =
        "I found this paper interesting, see the results below.<br>"
        + "Effect of drug X on mortality in adults with severe sepsis<br>"
        + "Ann Smith, Bob Jones, Carl Brown, Dana White"
        + "<p><b>Results</b></p>"
        + "<p>Of 200 patients, 23 of 100 in the drug group and 35 of 100 in the placebo group died within 28 days.</p>"
        + "<a href=\"https://example.org/a\">Link</a> | <a href=\"https://example.org/a.pdf\">PDF</a> (The Journal) [Open Access]"
        + "<blockquote class=\"bbCodeBlock bbCodeBlock--quote\" data-quote=\"bob\"><div class=\"bbCodeBlock-title\">bob said: ↑</div>"
        + "<div class=\"bbCodeBlock-content\">The trial was small.<div class=\"bbCodeBlock-expandLink\">Click to expand...</div></div></blockquote>"
        + "I agree, and the follow-up was short.";

    /// <summary>Each block as its kind, source, and paragraphs (kind, text, section).</summary>
    private static List<(BlockKind Kind, string? Source, string Paragraphs)> Blocks((string Text, List<LayoutLine> Lines) layout)
        => BlockSegmenter.Segment(layout.Text, layout.Lines)
            .Select(b => (b.Kind, b.Source, string.Join(" | ", b.Paragraphs.Select(p => $"{p.Paragraph.Kind}:{Of(layout.Text, p.Paragraph.Span)}@{p.Paragraph.Section}"))))
            .ToList();

    [Test]
    public void Text_and_html_lines_of_one_post_give_the_same_blocks()
    {
        var expected = new List<(BlockKind, string?, string)>
        {
            (BlockKind.Commentary, null, "Body:I found this paper interesting, see the results below.@"),
            (BlockKind.ArticleText, "The Journal",
                "Title:Effect of drug X on mortality in adults with severe sepsis@ | Byline:Ann Smith, Bob Jones, Carl Brown, Dana White@"
                + " | Heading:Results@Results | Body:Of 200 patients, 23 of 100 in the drug group and 35 of 100 in the placebo group died within 28 days.@Results"),
            (BlockKind.QuotedPost, "bob", "Body:The trial was small.@"),
            (BlockKind.Commentary, null, "Body:I agree, and the follow-up was short.@"),
        };

        Blocks(FromText(Text)).Should().Equal(expected);
        Blocks(FromXenForo(XenForo)).Should().Equal(expected);
    }

    [Test]
    public void An_empty_quote_keeps_the_block_open_but_a_heading_does_not_reach_across_it()
    {
        const string prose = "The primary outcome was death from any cause at 28 days, and it did not differ between the two groups.";
        var empty = new LayoutQuote("carol", null);

        var blocks = Blocks(Constructed(("Look at this", default), (string.Empty, new LayoutLine(default, Quote: empty)), (prose, default)));

        blocks.Should().Equal((BlockKind.Commentary, null, $"Body:Look at this@ | Body:{prose}@"));
    }

    [Test]
    public void Without_the_quote_the_same_short_line_heads_the_prose_as_article_text()
    {
        const string prose = "The primary outcome was death from any cause at 28 days, and it did not differ between the two groups.";

        var blocks = Blocks(Constructed(("Look at this", default), (prose, default)));

        blocks.Should().Equal((BlockKind.ArticleText, null, $"Heading:Look at this@Look at this | Body:{prose}@Look at this"));
    }

    [Test]
    public void A_quote_naming_no_member_is_article_text_and_a_source_line_after_it_names_its_source()
    {
        var article = new LayoutQuote(null, null);

        var blocks = Blocks(Constructed(
            ("Mortality was 23% with the drug and 35% with placebo.", new LayoutLine(default, Quote: article)),
            ("https://journal.example.org/article/1", new LayoutLine(default, IsLinkOnly: true)),
            ("So it works?", default)));

        blocks.Should().Equal(
            (BlockKind.ArticleText, "journal.example.org", "Body:Mortality was 23% with the drug and 35% with placebo.@"),
            (BlockKind.Commentary, null, "Body:So it works?@"));
    }

    [Test]
    public void Markup_flags_steer_lines_a_heading_over_prose_a_list_item_and_a_link_only_line()
    {
        const string prose = "Patients were randomised one to one to the drug or to placebo and followed for twenty-eight days.";

        var blocks = Blocks(Constructed(
            ("what we measured", new LayoutLine(default, IsHeading: true)),
            (prose, default),
            ("death at 28 days", new LayoutLine(default, IsListItem: true)),
            ("PDF", new LayoutLine(default, IsLinkOnly: true))));

        blocks.Should().Equal((BlockKind.ArticleText, null,
            $"Heading:what we measured@what we measured | Body:{prose}@what we measured | ListItem:death at 28 days@what we measured"));
    }

    [Test]
    public void A_quoted_post_keeps_its_lines_as_they_stand_without_chrome_or_link_only_lines()
    {
        var quote = new LayoutQuote("bob", null);

        var blocks = Blocks(Constructed(
            ("Results", new LayoutLine(default, Quote: quote)),
            ("carol and dave like this.", new LayoutLine(default, Quote: quote)),
            ("Link", new LayoutLine(default, IsLinkOnly: true, Quote: quote)),
            ("an item", new LayoutLine(default, IsListItem: true, Quote: quote))));

        blocks.Should().Equal((BlockKind.QuotedPost, "bob", "Body:Results@ | ListItem:an item@"));
    }
}
