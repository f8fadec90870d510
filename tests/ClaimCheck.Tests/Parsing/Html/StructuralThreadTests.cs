using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Parsing.Html;

/// <summary>
/// The structural thread detector on small constructed pages (written here, made-up posts) of shapes no engine
/// profile knows: microdata posts, JSON-LD over repeated articles, a phpBB 2-like table, Invision-like and
/// XenForo-like media comments; and look-alikes that must stay articles (a news story without comments, a
/// product page with repeated cards). Expectations are read from the markup below.
/// </summary>
public sealed class StructuralThreadTests
{
    private static ThreadDocument Parse(string html) => ClaimChecker.Parse(html, "page.html");

    private static IEnumerable<Block> Quotes(ThreadDocument document) => document.Blocks.Where(b => b.Kind != BlockKind.Commentary);

    [Test]
    public void Microdata_posts_give_authors_dates_bodies_and_a_named_quote()
    {
        var document = Parse("""
            <html><head><title>Zinc lozenges</title></head><body>
            <nav><a href="/">Home</a> › <a href="/f/colds">Colds</a></nav>
            <h1>Zinc lozenges and cold duration</h1>
            <div itemscope itemtype="https://schema.org/DiscussionForumPosting">
              <div class="meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/members/ana.12/"><span itemprop="name">ana</span></a></span>
              <time itemprop="datePublished" datetime="2025-02-01T10:00:00Z">1 Feb</time></div>
              <div itemprop="text"><p>The trial says colds were 2.3 days shorter (95% CI 1.1 to 3.5).</p></div>
              <div class="signature">Sent from my garden</div>
            </div>
            <div itemscope itemtype="https://schema.org/Comment">
              <div class="meta"><span itemprop="author"><a href="/members/bo.7/">bo</a></span> <time datetime="2025-02-01T11:00:00Z">1 Feb</time></div>
              <div itemprop="text"><blockquote><div class="quote-header">Quote from: ana on 1 Feb 2025</div><p>colds were 2.3 days shorter</p></blockquote>
              <p>Only in the per-protocol set, as far as I can see.</p></div>
              <div class="reactions">Like 3</div>
            </div>
            <div itemscope itemtype="https://schema.org/Comment">
              <div class="meta"><span itemprop="author"><a href="/members/cy.9/">cy</a></span> <time datetime="2025-02-02T08:00:00Z">2 Feb</time></div>
              <div itemprop="text"><p>The intention-to-treat numbers are in table 2.</p></div>
            </div>
            </body></html>
            """);

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Posts.Select(p => p.Author).Should().Equal("ana", "bo", "cy");
        document.Posts[1].PostedAt.Should().Be(new DateTimeOffset(2025, 2, 1, 11, 0, 0, TimeSpan.Zero));
        Quotes(document).Should().ContainSingle().Which.QuotedSource.Should().Be("ana");
        string text = HtmlPages.AllBlockText(document);
        text.Should().Contain("Only in the per-protocol set");
        foreach (var chrome in new[] { "Sent from my garden", "Like 3", "Quote from", "Home" })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void Repeated_articles_under_JSON_LD_are_posts_with_an_opening_post_and_words_quotes()
    {
        var document = Parse("""
            <html><head><title>Vitamin D</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Vitamin D","author":{"@type":"Person","name":"kim"}}</script>
            </head><body>
            <main>
              <h1>Vitamin D and falls</h1>
              <div class="topic-meta"><a class="poster" href="/u/kim">kim</a> <span class="when">3 days ago</span></div>
              <p>A meta-analysis of 30 trials found no effect on falls, RR 0.97 (0.92 to 1.02).</p>
              <p>Does anyone have the per-dose numbers?</p>
              <section class="replies">
                <article class="reply"><header><a href="/u/lee">lee</a> <time datetime="2025-03-01T09:00:00Z">2 days ago</time></header>
                  <div class="content"><p>Table 3 has them: the high-dose arm had RR 1.05.</p></div>
                  <footer>Reply · Share · Report</footer></article>
                <article class="reply"><header><a href="/u/moe">moe</a> <time datetime="2025-03-02T09:00:00Z">1 day ago</time></header>
                  <div class="content"><div class="quote"><b>lee wrote:</b><br>the high-dose arm had RR 1.05</div>
                  <p>That arm was small, though: 212 people.</p></div>
                  <footer>Reply · Share · Report</footer></article>
              </section>
            </main>
            <aside class="similar"><h3>Similar threads</h3><ul><li><a href="/t/1">Vitamin D and colds</a></li></ul></aside>
            </body></html>
            """);

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Posts.Select(p => p.Author).Should().Equal("kim", "lee", "moe");
        document.Posts[0].Blocks.Select(b => b.Text).Should().Contain(t => t.Contains("no effect on falls", StringComparison.Ordinal));
        Quotes(document).Should().ContainSingle().Which.QuotedSource.Should().Be("lee");
        string text = HtmlPages.AllBlockText(document);
        foreach (var chrome in new[] { "Reply · Share", "Similar threads", "lee wrote", "2 days ago" })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void A_phpBB2_like_table_gives_one_post_per_row_and_its_quote_header_names_the_member()
    {
        string Row(string author, string posted, string body) => $"""
            <tr><td class="row1" valign="top"><span class="name"><b>{author}</b></span><br><span class="postdetails">Joined: 12 May 2006<br>Posts: 40</span></td>
            <td class="row1"><span class="postdetails">Posted: {posted}</span><hr><span class="postbody">{body}</span></td></tr>
            """;
        var document = Parse($"""
            <html><head><title>Statins and sleep :: Forum</title></head><body>
            <table class="forumline">
            {Row("alice", "Mon Jan 08, 2007 10:00 am", "A crossover trial of 40 people found no change in sleep quality.")}
            {Row("bert", "Mon Jan 08, 2007 11:30 am", "<table><tr><td><span class=\"genmed\"><b>alice wrote:</b></span></td></tr><tr><td class=\"quote\">no change in sleep quality</td></tr></table><br>Forty people is not many for that question.")}
            {Row("carla", "Tue Jan 09, 2007 08:15 am", "The confidence interval was wide enough to hide a real effect.")}
            </table></body></html>
            """);

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Posts.Select(p => p.Author).Should().Equal("alice", "bert", "carla");
        Quotes(document).Should().ContainSingle().Which.QuotedSource.Should().Be("alice");
        string text = HtmlPages.AllBlockText(document);
        text.Should().Contain("Forty people is not many");
        foreach (var chrome in new[] { "Joined:", "Posts: 40", "alice wrote" })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void Invision_like_comments_keep_their_text_and_originally_posted_by_quotes()
    {
        string Comment(int id, string author, string body) => $"""
            <article id="elComment_{id}" class="cPost ipsBox ipsComment">
              <aside class="cAuthorPane"><h3 class="cAuthorPane_author"><a href="https://example.org/profile/{id}-{author}/">{author}</a></h3>
                <ul class="cAuthorPane_info"><li>Members</li><li>1,204 posts</li><li>Location: Leeds</li></ul></aside>
              <div class="ipsColumn"><div class="ipsComment_meta"><a href="#"><time datetime="2024-06-0{id}T12:00:00Z">June {id}</time></a></div>
                <div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_richText">{body}</div></div>
                <ul class="ipsComment_controls"><li>Quote</li><li>Like</li></ul></div>
            </article>
            """;
        var document = Parse($"""
            <html><head><title>Fish oil</title><meta name="generator" content="Invision Community"></head><body>
            <h1 class="ipsType_pageTitle">Fish oil and heart rhythm</h1>
            {Comment(1, "Photon", "<p>The trial reported atrial fibrillation in 2.2% versus 1.6% of participants.</p>")}
            {Comment(2, "Quark", "<blockquote class=\"ipsQuote\"><div class=\"ipsQuote_citation\">Originally Posted by Photon</div><div class=\"ipsQuote_contents\"><p>2.2% versus 1.6%</p></div></blockquote><p>That is a hazard ratio of about 1.4.</p>")}
            </body></html>
            """);

        document.Posts.Select(p => p.Author).Should().Equal("Photon", "Quark");
        Quotes(document).Should().ContainSingle().Which.QuotedSource.Should().Be("Photon");
        string text = HtmlPages.AllBlockText(document);
        text.Should().Contain("atrial fibrillation in 2.2% versus 1.6%").And.Contain("hazard ratio of about 1.4");
        foreach (var chrome in new[] { "1,204 posts", "Location: Leeds", "Originally Posted by" })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void XenForo_like_media_comments_are_posts_and_said_headers_name_the_member()
    {
        string Comment(int id, string author, string body) => $"""
            <li class="comment" data-comment-id="{id}"><div class="comment-inner">
              <div class="comment-main"><a href="/members/{author}.{id}/" class="username comment-user">{author}</a>
              <ul class="comment-attribution"><li><time class="u-dt" datetime="2024-07-0{id}T10:00:00+0200">Jul {id}</time></li></ul>
              <article class="comment-body"><div class="bbWrapper">{body}</div></article>
              <div class="comment-actionBar">Like · Reply</div></div></div></li>
            """;
        var document = Parse($"""
            <html><head><title>Photo</title></head><body>
            <div class="media-container"><img src="x.jpg" alt="a chart"></div>
            <ol class="comments">
            {Comment(1, "Rosa", "This chart shows 12 of 80 patients improving.")}
            {Comment(2, "Sam", "<blockquote class=\"bbCodeBlock\"><div class=\"bbCodeBlock-title\">Rosa said:</div><div class=\"bbCodeBlock-content\">12 of 80 patients</div></blockquote>That is 15%, not the 20% in the caption.")}
            </ol></body></html>
            """);

        document.Posts.Select(p => p.Author).Should().Equal("Rosa", "Sam");
        Quotes(document).Should().ContainSingle().Which.QuotedSource.Should().Be("Rosa");
        HtmlPages.AllBlockText(document).Should().NotContain("said:").And.NotContain("Like · Reply").And.Contain("not the 20% in the caption");
    }

    [Test]
    public void A_news_story_without_comments_stays_an_article_page_though_it_has_a_byline()
    {
        var document = Parse("""
            <html><head><title>New drug cuts migraines</title></head><body>
            <nav><a href="/">News</a></nav>
            <article><h1>New drug cuts migraines by a third</h1>
              <div class="byline">By <a href="/author/jo-reed">Jo Reed</a>, <time datetime="2025-01-05">5 January 2025</time></div>
              <p>A trial of 600 patients found that monthly injections cut migraine days from 9 to 6.</p>
              <p>The company that makes the drug paid for the study.</p>
              <p>Experts said the result was modest but real.</p>
            </article>
            <section class="related"><h2>More stories</h2>
              <div class="card"><a href="/s/1">Coffee and sleep</a><span class="date">4 Jan</span></div>
              <div class="card"><a href="/s/2">Salt and blood pressure</a><span class="date">3 Jan</span></div>
            </section>
            </body></html>
            """);

        document.Kind.Should().Be(DocumentKind.NewsPage);
        document.Posts.Should().ContainSingle();
        document.InputFindings.Should().NotContain(f => f.Id == RuleIds.NoPostsFound);
    }

    [Test]
    public void A_product_page_with_repeated_cards_stays_an_article_page()
    {
        string Card(string name, string price) => $"""<div class="product-card"><h3><a href="/p/{name}">{name}</a></h3><p class="price">{price}</p><p>Free delivery on orders over 20 pounds.</p></div>""";
        var document = Parse($"""
            <html><head><title>Vitamins</title></head><body>
            <h1>Vitamin D3 1000 IU</h1><p>One tablet a day with food. Each pack holds 90 tablets, three months' supply.</p>
            <div class="grid">{Card("Zinc", "£4.99")}{Card("Iron", "£3.49")}{Card("Magnesium", "£5.99")}</div>
            </body></html>
            """);

        document.Kind.Should().NotBe(DocumentKind.ForumThread);
    }

    [Test]
    public void A_discussion_page_without_posts_gets_CC9007_not_a_silent_news_page()
    {
        var document = Parse("""
            <html><head><title>Thread</title>
            <script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Statins"}</script><link rel="canonical" href="https://forum.example.org/threads/statins.123/"></head>
            <body><div id="app">JavaScript is required to read this thread. Please enable it in your browser settings.</div></body></html>
            """);

        document.Kind.Should().NotBe(DocumentKind.ForumThread);
        document.InputFindings.Should().ContainSingle(f => f.Id == RuleIds.NoPostsFound)
            .Which.Message.Should().Contain("schema.org DiscussionForumPosting");
    }

    [TestCase("Originally Posted by Photon", "Photon")]
    [TestCase("Quote from: ana on May 3, 2020, 10:00:00 am", "ana")]
    [TestCase("Zitat von Pepemaus", "Pepemaus")]
    [TestCase("alice wrote:", "alice")]
    [TestCase("Rosa said:", "Rosa")]
    [TestCase("kikinder wrote: ↑ Sat Mar 02, 2024 9:12 pm", "kikinder")]
    public void Quote_headers_name_the_quoted_member(string header, string member)
        => ClaimCheck.Parsing.Html.Profiles.QuoteHeader.NameOf(header).Should().Be(member);

    [TestCase("Quote:")]
    [TestCase("Zitat:")]
    public void A_bare_quote_header_is_a_header_that_names_no_one(string header)
    {
        ClaimCheck.Parsing.Html.Profiles.QuoteHeader.TryRead(header, out string? member).Should().BeTrue();
        member.Should().BeNull();
    }

    [TestCase("The results were clear, as the author said: no effect at all on anything measured in the trial.")]
    [TestCase("Quoted prices include tax.")]
    public void Prose_is_not_a_quote_header(string text)
        => ClaimCheck.Parsing.Html.Profiles.QuoteHeader.TryRead(text, out _).Should().BeFalse();
}
