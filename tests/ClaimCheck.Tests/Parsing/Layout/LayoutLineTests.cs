using ClaimCheck.Parsing.Layout;
using static ClaimCheck.Tests.Parsing.Layout.LayoutSources;

namespace ClaimCheck.Tests.Parsing.Layout;

/// <summary>What each front end puts on a layout line: the markup's flags from HTML, the quotes of copied text.</summary>
public sealed class LayoutLineTests
{
    private static IEnumerable<(string Text, bool Blank, bool Heading, bool ListItem, bool LinkOnly, string? Member)> Describe((string Text, List<LayoutLine> Lines) layout)
        => layout.Lines.Select(l => (Of(layout.Text, l.Span), l.IsBlank, l.IsHeading, l.IsListItem, l.IsLinkOnly, l.Quote?.Member));

    [Test]
    public void Html_lines_carry_heading_list_item_link_only_and_their_quote()
    {
        var layout = FromXenForo(
            "<h3>Outcome measures</h3><ul><li>first item</li></ul>"
            + "<a href=\"https://example.org/x\">https://example.org/x</a><br>Plain text line"
            + "<blockquote class=\"bbCodeBlock bbCodeBlock--quote\" data-quote=\"bob\"><div class=\"bbCodeBlock-content\">Quoted line.<br>Second quoted line.</div></blockquote>"
            + "After the quote.");

        Describe(layout).Should().Equal(
            ("Outcome measures", false, true, false, false, null),
            ("first item", false, false, true, false, null),
            ("https://example.org/x", false, false, false, true, null),
            ("Plain text line", false, false, false, false, null),
            ("Quoted line.", false, false, false, false, "bob"),
            ("Second quoted line.", false, false, false, false, "bob"),
            ("After the quote.", false, false, false, false, null));
        layout.Lines[4].Quote.Should().BeSameAs(layout.Lines[5].Quote, "the lines of one quote share it");
    }

    [Test]
    public void Two_quotes_of_one_member_are_two_quotes_and_an_empty_quote_leaves_a_blank_line()
    {
        var layout = FromXenForo(
            "Before."
            + "<blockquote class=\"bbCodeBlock--quote\" data-quote=\"bob\">One.</blockquote>"
            + "<blockquote class=\"bbCodeBlock--quote\" data-quote=\"bob\">Two.</blockquote>"
            + "<blockquote class=\"bbCodeBlock--quote\" data-quote=\"carol\"><img src=\"x.png\"></blockquote>"
            + "After.");

        Describe(layout).Should().Equal(
            ("Before.", false, false, false, false, null),
            ("One.", false, false, false, false, "bob"),
            ("Two.", false, false, false, false, "bob"),
            (string.Empty, true, false, false, false, "carol"),
            ("After.", false, false, false, false, null));
        layout.Lines[1].Quote.Should().NotBeSameAs(layout.Lines[2].Quote);
    }

    [Test]
    public void Text_lines_are_trimmed_and_a_said_quote_runs_to_click_to_expand()
    {
        var layout = FromText("  Before the quote.\u00A0\n\nbob said: ↑\nThe trial was small.\n\nIt was open-label.\nClick to expand...\n- After, with a bullet.\n");

        Describe(layout).Should().Equal(
            ("Before the quote.", false, false, false, false, null),
            (string.Empty, true, false, false, false, null),
            ("The trial was small.", false, false, false, false, "bob"),
            ("It was open-label.", false, false, false, false, "bob"),
            ("- After, with a bullet.", false, false, false, false, null),
            (string.Empty, true, false, false, false, null));
        layout.Lines[2].Quote.Should().BeSameAs(layout.Lines[3].Quote);
    }

    [Test]
    public void A_text_quote_without_click_to_expand_ends_at_the_first_blank_line()
    {
        var layout = FromText("alice wrote:\n\nQuoted first.\nQuoted second.\n\nMy own reply.");

        Describe(layout).Where(l => !l.Blank).Should().Equal(
            ("Quoted first.", false, false, false, false, "alice"),
            ("Quoted second.", false, false, false, false, "alice"),
            ("My own reply.", false, false, false, false, null));
    }

    [Test]
    public void A_text_quote_with_nothing_in_it_leaves_a_blank_line_of_its_own()
    {
        var layout = FromText("Before.\nbob said:\nClick to expand...\nAfter.");

        Describe(layout).Should().Equal(
            ("Before.", false, false, false, false, null),
            (string.Empty, true, false, false, false, "bob"),
            ("After.", false, false, false, false, null));
    }

    [Test]
    public void A_said_line_that_is_a_sentence_is_not_a_quote_header()
    {
        var layout = FromText("The lead author of the trial, in an interview last week, said:\nIt works.");

        layout.Lines.Should().OnlyContain(l => l.Quote == null);
    }
}
