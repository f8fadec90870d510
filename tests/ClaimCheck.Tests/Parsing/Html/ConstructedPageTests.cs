using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Parsing.Html;

/// <summary>
/// The constructed pages of corpus/constructed (written by the project, made-up posts: see its SOURCES.md), which
/// cover the Discourse, phpBB and vBulletin 4 readers in every clone, also where the real saved pages of the shared
/// data are absent (ForumPageTests). The expectations are read from the pages' markup.
/// </summary>
public sealed class ConstructedPageTests
{
    private static IEnumerable<Block> Quotes(ThreadDocument document) => document.Blocks.Where(b => b.Kind != BlockKind.Commentary);

    [Test]
    public void Discourse_topic_has_three_posts_a_member_quote_and_a_quoted_topic()
    {
        var document = HtmlPages.Read(HtmlPages.Bundled("constructed/discourse-topic.html"));

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Title.Should().Be("Vitamin Q and winter colds: the new trial");
        document.Forum.Should().Be("Health Research");
        // post_3 is a small action ("pinned this topic") with no message: not a post.
        document.Posts.Select(p => p.Author).Should().Equal("mara_k", "dr_okafor", "lintu");
        document.Posts[0].PostedAt.Should().Be(new DateTimeOffset(2025, 3, 3, 9, 41, 0, TimeSpan.Zero));
        // A quote of another topic names no member: article text whose source is the quoted topic's title.
        document.Posts[0].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Commentary, BlockKind.ArticleText, BlockKind.Commentary);
        document.Posts[0].Blocks[1].QuotedSource.Should().Be("Vitamin Q trial press release");
        document.Posts[0].Blocks[1].Text.Should().StartWith("Over 12 weeks, 31 of 150 participants (20.7%)");
        document.Posts[1].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.QuotedPost, BlockKind.Commentary);
        document.Posts[1].Blocks[0].QuotedSource.Should().Be("mara_k");
        document.Posts[1].Blocks[0].Text.Should().Be("Can a result be significant when the interval includes 1?");
        document.Posts[2].Blocks.Should().ContainSingle().Which.Kind.Should().Be(BlockKind.Commentary);
        string text = HtmlPages.AllBlockText(document);
        text.Should().Contain("So the paper should say which analysis each number belongs to.");
        foreach (var chrome in new[] { "Trust Level 3", "Moderator", "Mara K.", "mara_k:", "Reply", "1.2k", "pinned this topic", "A randomized placebo-controlled trial in 298 adults", "News", "Suggested Topics", "Powered by" })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void PhpBB_topic_has_three_posts_an_uncited_paste_and_a_cited_quote()
    {
        var document = HtmlPages.Read(HtmlPages.Bundled("constructed/phpbb-topic.html"));

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Title.Should().Be("Magnesium for night cramps - anyone read the trial?");
        document.Forum.Should().Be("Nutrition & Supplements", "the last crumb with a forum id; the board index has none");
        document.Posts.Select(p => p.Author).Should().Equal("quietbrook", "Hal_T", "quietbrook");
        document.Posts[1].PostedAt.Should().Be(new DateTimeOffset(2025, 2, 11, 8, 30, 0, TimeSpan.Zero));
        // blockquote.uncited names nobody: pasted text, not a member's post.
        document.Posts[0].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Commentary, BlockKind.ArticleText, BlockKind.Commentary);
        document.Posts[0].Blocks[1].Text.Should().StartWith("Night cramps resolved in 26 of 60 participants (43.3%)");
        document.Posts[1].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.QuotedPost, BlockKind.Commentary);
        document.Posts[1].Blocks[0].QuotedSource.Should().Be("quietbrook");
        document.Posts[1].Blocks[0].Text.Should().Be("Is that a big enough difference to bother?");
        string text = HtmlPages.AllBlockText(document);
        text.Should().Contain("Thanks, I will ask my GP about it at the next visit.");
        foreach (var chrome in new[] { "Posts:", "Joined:", "Location:", "Regular member", "Site Admin", "wrote:", "Re: Magnesium", "Cramps since 2019", "Board rules", "Quote", "Post Reply", "Who is online", "Board index" })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void PhpBB_topic_percentage_that_does_not_match_its_count_is_found_in_the_pasted_summary()
    {
        var result = ClaimChecker.CheckFile(HtmlPages.Bundled("constructed/phpbb-topic.html"));

        // 18/61 is 29.5 %, not the 31.1 % the summary prints (the reply in post 2 says so).
        result.Findings.Should().Contain(f => f.Id == "CC1001" && f.Message.Contains("31.1", StringComparison.Ordinal));
    }

    [Test]
    public void VBulletin_4_thread_has_four_posts_and_two_quotes()
    {
        var document = HtmlPages.Read(HtmlPages.Bundled("constructed/vbulletin4-thread.html"));

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Title.Should().Be("Walking 8,000 steps a day - what the study found");
        document.Forum.Should().Be("Fitness & Health");
        document.Posts.Select(p => p.Author).Should().Equal("runner_jo", "Dr. Wren", "runner_jo", "Kestrel");
        document.Posts.Should().OnlyContain(p => p.PostedAt == null, "vBulletin 4 prints dates as text only");
        Quotes(document).Select(b => b.QuotedSource).Should().Equal("runner_jo", "Dr. Wren");
        Quotes(document).Should().OnlyContain(b => b.Kind == BlockKind.QuotedPost);
        document.Posts[1].Blocks[0].Text.Should().Be("The article says walking 8,000 steps \"cuts the risk by 40%\". Does that follow?");
        string text = HtmlPages.AllBlockText(document);
        text.Should().Contain("38 of 702 in the high-step group (5.4%) and 61 of 688 in the low-step group (8.9%).");
        foreach (var chrome in new[] { "Originally Posted by", "Reply With Quote", "Senior Member", "Junior Member", "Join Date", "Couch to 10k", "View Profile", "is offline", "#1", "Thread Tools", "Powered by" })
        {
            text.Should().NotContain(chrome);
        }
    }
}
