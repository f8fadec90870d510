using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Parsing.PlainText;

/// <summary>The layout cues of the plain-text parser on small constructed pages, including look-alikes that must not trigger them.</summary>
public sealed class PlainTextLayoutTests
{
    private const string Thread = """
        A thread title

          1. alice

            alice Member

            Messages:
            12
            bob said: ↑
            The trial was small.
            Click to expand...
            I agree, and the follow-up was short.
             
            carol likes this.
          2. bob

            bob Member

            Joined: Mar 2020
            Results: 23 of 49 improved in my reading of the table, which is not what the press said.
        """;

    [Test]
    public void Quoted_posts_become_QuotedPost_blocks_naming_the_member()
    {
        var document = ClaimChecker.Parse(Thread);

        document.Kind.Should().Be(DocumentKind.ForumThread);
        var blocks = document.Posts[0].Blocks;
        blocks.Select(b => b.Kind).Should().Equal(BlockKind.QuotedPost, BlockKind.Commentary);
        blocks[0].QuotedSource.Should().Be("bob");
        blocks[0].Text.Should().Be("The trial was small.");
        blocks[1].Text.Should().Be("I agree, and the follow-up was short.");
    }

    [Test]
    public void Member_details_are_skipped_but_a_result_line_is_not()
    {
        var document = ClaimChecker.Parse(Thread);

        var post = document.Posts[1];
        post.Author.Should().Be("bob");
        post.Blocks.Should().ContainSingle();
        post.Blocks[0].Text.Should().Contain("23 of 49 improved").And.NotContain("Joined");
    }

    [Test]
    public void A_numbered_list_in_prose_is_not_a_post_header()
    {
        const string text = """
            Steps we took:

              1. Randomise

            Randomise patients 2:1 to the two arms, then follow them up for a year as planned.
            """;

        ClaimChecker.Parse(text).Kind.Should().NotBe(DocumentKind.ForumThread);
    }

    [Test]
    public void Plain_prose_without_chrome_is_plain_text_with_one_article_block()
    {
        var document = ClaimChecker.Parse("Of 100 patients, 23 of 49 (46.9%) improved. The rest did not.");

        document.Kind.Should().Be(DocumentKind.PlainText);
        document.Blocks.Should().ContainSingle().Which.Sentences.Select(s => s.Text)
            .Should().Equal("Of 100 patients, 23 of 49 (46.9%) improved.", "The rest did not.");
    }

    [Test]
    public void Sentences_do_not_end_at_abbreviations_or_decimals()
    {
        var document = ClaimChecker.Parse("Yuan et al. report an OR of 1.68 vs. placebo, e.g. in Fig. 2. The CI was wide.");

        document.Blocks.Single().Sentences.Select(s => s.Text).Should().Equal(
            "Yuan et al. report an OR of 1.68 vs. placebo, e.g. in Fig. 2.", "The CI was wide.");
    }

    [Test]
    public void Prose_that_starts_with_a_heading_word_is_not_cut()
    {
        var document = ClaimChecker.Parse("Results were mixed across the two arms of the trial, and nobody was surprised by that.");

        document.Blocks.Single().Paragraphs.Should().ContainSingle().Which.Kind.Should().Be(ParagraphKind.Body);
    }
}
