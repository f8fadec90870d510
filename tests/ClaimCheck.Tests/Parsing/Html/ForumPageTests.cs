using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Parsing.Html;

/// <summary>
/// The ten real saved forum pages of the shared data (../shared/data/forum-html, third-party, never committed; the
/// tests are skipped without it): posts, authors, quotes and chrome, per page. The constructed pages of
/// corpus/constructed cover the same engines in every clone (ConstructedPageTests).
/// Counts were checked in the markup (the SOURCES.md tables are regex counts, which also match
/// badges, icons and script references).
/// </summary>
public sealed class ForumPageTests
{
    private static IEnumerable<Block> Quotes(ThreadDocument document) => document.Blocks.Where(b => b.Kind != BlockKind.Commentary);

    [Test]
    public void Katzen_forum_is_a_XenForo_thread_of_18_posts_with_two_quotes_of_Pepemaus()
    {
        var document = HtmlPages.Read(HtmlPages.Shared("xenforo/katzen-forum.net-Pepe.html"));

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Title.Should().Be("Jede Nacht verliert Pepe soviel Dreck aus dem Fell");
        document.Forum.Should().Be("Freigänger");
        document.Posts.Should().HaveCount(18);
        document.Posts.Select(p => p.Author).Should().StartWith(["Pepemaus", "yellowkitty", "Lov100", "Pepemaus", "Pepemaus", "MoeC"]);
        document.Posts.Select(p => p.Author).Should().Contain(["Lehmann", "Catbert", "AnnaAn"]);
        document.Posts[0].PostedAt.Should().Be(new DateTimeOffset(2018, 9, 27, 14, 51, 9, TimeSpan.FromHours(2)));
        Quotes(document).Should().HaveCount(2).And.OnlyContain(b => b.Kind == BlockKind.QuotedPost && b.QuotedSource == "Pepemaus");
        document.Posts[6].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.QuotedPost, BlockKind.Commentary);
        document.Posts[6].Blocks[0].Text.Should().Be("yellowkitty die Ohren sind total sauber, kein Dreck");
        string text = HtmlPages.AllBlockText(document);
        text.Should().Contain("Ob sich der Milbenkot rot färbt weiß ich leider gar nicht.");
        foreach (var chrome in new[] { "Forenprofi", "Erfahrener Benutzer", "Mitglied seit", "Beiträge", "Pepemaus hat gesagt", "Zum Vergrößern anklicken", "Werbung:", "JavaScript ist deaktiviert", "Allgemeines Forum", "Themenstarter" })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void Villagersandheroes_is_a_XenForo_thread_whose_quotes_name_members_only_in_their_titles()
    {
        var document = HtmlPages.Read(HtmlPages.Shared("xenforo/villagersandheroes.com.forums.patchnotes.html"));

        document.Title.Should().Be("Patchnotes 4.47.4 - Tagundnachtgleiche Bugfix Build", "the thread prefix label is not part of the title");
        document.Forum.Should().Be("News und Patchnotes");
        document.Posts.Should().HaveCount(9);
        document.Posts.Select(p => p.Author).Should().Equal(
            "Tiberius", "Bibi Blocksberg", "Bluerider", "Nixe", "Tiberius", "Glockenfee", "Bibi Blocksberg", "Bibi Blocksberg", "Tiberius");
        // XenForo 2.0 has no data-quote: the member comes from the "X said:" title, which itself is chrome.
        document.Blocks.Where(b => b.Kind == BlockKind.QuotedPost).Select(b => b.QuotedSource).Should().Equal("Damon Otter", "Nixe", "Glockenfee", "Bibi Blocksberg");
        // The "Hinweis" heading over prose in the first post opens article text, as it would in a text copy.
        document.Posts[0].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Commentary, BlockKind.ArticleText);
        document.Posts[0].Blocks.SelectMany(b => b.Paragraphs).Count(p => p.Kind == ParagraphKind.ListItem).Should().Be(10);
        string text = HtmlPages.AllBlockText(document);
        foreach (var chrome in new[] { "said:", "Click to expand", "Last edited by a moderator", "Herr Blocksberg and", "and 1 other person", "Likes:", "Reactions:" })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void Marshallforum_is_a_XenForo_thread_of_10_posts_with_three_quotes()
    {
        var document = HtmlPages.Read(HtmlPages.Shared("xenforo/marshallforum.com-be673eda133d.html"));

        document.Title.Should().Be("Extending pilot light lifespan with a resistor?");
        document.Forum.Should().Be("Let's Talk Vintage");
        document.Posts.Should().HaveCount(10);
        document.Posts.Select(p => p.Author).Should().Equal(
            "strato2009", "dtier", "London John", "strato2009", "danman", "dtier", "alpha al", "anitoli", "strato2009", "anitoli");
        Quotes(document).Select(b => b.QuotedSource).Should().Equal("strato2009", "dtier", "strato2009");
        Quotes(document).Should().OnlyContain(b => b.Kind == BlockKind.QuotedPost);
        string text = HtmlPages.AllBlockText(document);
        text.Should().Contain("Ceriatone suggests 1k resistor.");
        foreach (var chrome in new[] { "strato2009 said:", "Click to expand...", "Reaction score", "Well-Known Member", "Active Member", "PelliX", "Reactions:", "Messages" })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void Hypixel_is_a_XenForo_thread_of_one_post_that_is_only_an_image()
    {
        var document = HtmlPages.Read(HtmlPages.Shared("xenforo/hypixel.net-1552005464.html"));

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Forum.Should().Be("Hypixel Server Discussion");
        document.Posts.Should().ContainSingle().Which.Author.Should().Be("Biggie-Cheese");
        document.Posts[0].Blocks.Should().BeEmpty("the post is a screenshot with no text");
    }

    [Test]
    public void Uipath_studio_topic_is_a_Discourse_thread_without_the_accepted_answer_copy()
    {
        var document = HtmlPages.Read(HtmlPages.Shared("discourse/forum.uipath.com-566030b8de34.html"));

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Title.Should().Be("How to Run UiPath studio and Studiox on same computer");
        document.Forum.Should().Be("StudioX");
        // Four member posts and the system's closing message; the "solved" box under post 1 repeats post 2.
        document.Posts.Select(p => p.Author).Should().Equal("Ravindra_Kumar", "fernando_zuluaga", "Ravindra_Kumar", "fernando_zuluaga", "system");
        document.Posts[0].Blocks.Should().ContainSingle().Which.Kind.Should().Be(BlockKind.Commentary);
        document.Posts[0].PostedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1651892445453));
        // The quote of another topic names no member: article text whose source is the quoted topic.
        document.Posts[1].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Commentary, BlockKind.ArticleText, BlockKind.Commentary);
        document.Posts[1].Blocks[1].QuotedSource.Should().Be("Can you please help out to use both Uipath Studio and StudioX?");
        document.Posts[1].Blocks[1].Text.Should().StartWith("Hi @sadman.talukder97. You can switch between Studio and StudioX");
        string text = HtmlPages.AllBlockText(document);
        Quotes(document).Should().ContainSingle();
        foreach (var chrome in new[] { "已由", "Reboot Your Skills 2021", "Forum Engagement Daily Reports", "Robot Master", "MVP 2024", "RavindraKumar", "浏览量" })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void Uipath_load_testing_topic_is_a_Discourse_thread_of_seven_posts_without_click_counters()
    {
        var document = HtmlPages.Read(HtmlPages.Shared("discourse/forum.uipath.com-a11ddefa8af0.html"));

        document.Forum.Should().Be("Test Suite");
        // post_2 is a small action with no message ("pinned"): not a post.
        document.Posts.Select(p => p.Author).Should().Equal(
            "robert.wagner", "carlosevp", "erkanceylan", "mahmoud.zaky", "pradeep-shukla", "ashwin.ashok", "ali.koundi1");
        Quotes(document).Should().BeEmpty();
        string text = HtmlPages.AllBlockText(document);
        text.Should().Contain("You can access the survey here.").And.Contain("have successfully automated 114 test cases.");
        foreach (var chrome in new[] { "here 28", "28 次点击", "UiPath Forum Staff", "MVP 2024", "Robot Master" })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void Myoos_is_a_phpBB_post_with_an_uncited_quote_and_no_signature()
    {
        var document = HtmlPages.Read(HtmlPages.Shared("phpbb/foren.myoos.de.html"));

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Title.Should().Be("Was ist Freie Software");
        document.Forum.Should().Be("MyOOS: Allgemeines");
        document.Posts.Should().ContainSingle().Which.Author.Should().Be("r23");
        // blockquote.uncited names nobody: pasted text (a Stallman quotation), not a member's post.
        Quotes(document).Should().ContainSingle().Which.Kind.Should().Be(BlockKind.ArticleText);
        Quotes(document).Single().Text.Should().StartWith("Der fundamentale Akt von Freundschaft");
        string text = HtmlPages.AllBlockText(document);
        foreach (var chrome in new[] { "Digitalagentur für Virtual Reality", "Beiträge:", "Registriert:", "Kontaktdaten", "Wohnort", "Mit Zitat antworten", "http://www.gnu.org/philosophy/free-sw.de.html" })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void Debian_forums_is_a_phpBB_subsilver_thread_of_four_posts()
    {
        var document = HtmlPages.Read(HtmlPages.Shared("phpbb/forums.debian.net-5d5c1f0e282c.html"));

        document.Title.Should().Be("Auto-rebuild code (nginx module) on debian package upgrade (nginx)");
        document.Forum.Should().BeNull("the page's forum crumbs are empty");
        document.Posts.Select(p => p.Author).Should().Equal("kikinder", "ruwolf", "kikinder", "kikinder");
        document.Posts[1].PostedAt.Should().Be(new DateTimeOffset(2024, 4, 13, 22, 16, 58, TimeSpan.Zero));
        Quotes(document).Should().BeEmpty();
        string text = HtmlPages.AllBlockText(document);
        text.Should().Contain("Or you can use apt-listchanges, which can send you email about such changes.");
        foreach (var chrome in new[] { "Posts:", "Joined:", "Scheduled Maintenance", "Reply with quote", "Re: Auto-rebuild", "Board index" })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void Pocketpc_is_a_vBulletin_4_thread_of_20_posts_decoded_from_ISO_8859_1()
    {
        var document = HtmlPages.Read(HtmlPages.Shared("vbulletin/pocketpc.ch.auslieferung.html"));

        document.Title.Should().Be("Microsoft beginnt mit der Auslieferung des Vorbereitungsupdate!");
        document.Forum.Should().Be("Windows Phone 7 Allgemein");
        document.Posts.Should().HaveCount(20);
        document.Posts.Select(p => p.Author).Should().StartWith(["Predator", "Chatfix", "sunsetkilling", "Predator", "mad-jo", "Voll Gaga"]);
        document.Posts.Select(p => p.Author).Should().Contain(["tommyp", "LordMGB", "rafi", "ChrisXP"]);
        Quotes(document).Select(b => b.QuotedSource).Should().Equal("TheFreeman", "Predator", "sunsetkilling");
        Quotes(document).Should().OnlyContain(b => b.Kind == BlockKind.QuotedPost);
        string text = HtmlPages.AllBlockText(document);
        // The page is ISO-8859-1 (declared in its meta tag): umlauts must come out right.
        text.Should().Contain("ich schau später nochmal wenn ich daheim bin");
        text.Should().Contain("Dann oben Links auf Gerät, Telefon oder Handy.");
        text.Should().NotContain("\uFFFD");
        // Character references are decoded: "&quot;copy&amp;paste&quot;".
        text.Should().Contain("Es soll z.B. eine \"copy&paste\"-Funktion dabei sein.");
        HtmlPages.AllBlockText(new ThreadDocument(document.Source, document.Kind, null, null, [document.Posts[0]], []))
            .Should().NotContain("Mit der kostenlosen", "post 1's app signature is in div.tapatalkSignatur");
        foreach (var chrome in new[] { "Zitat von", "Gehöre zum Inventar", "Danke erhalten", "Beiträge anzeigen", "Private Nachricht", "ist offline", "#661" })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void Worldaffairsboard_is_a_vBulletin_5_thread_of_six_posts_with_four_quotes_and_no_signatures()
    {
        var document = HtmlPages.Read(HtmlPages.Shared("vbulletin/worldaffairsboard.com-717e9d39a4c7.html"));

        document.Title.Should().Be("A small victory dance", "the announcement's title above the thread is not the thread's");
        document.Forum.Should().Be("Science & Technology");
        document.Posts.Select(p => p.Author).Should().Equal("Parihaka", "Monash", "Parihaka", "Monash", "Parihaka", "Monash");
        document.Posts[2].PostedAt.Should().Be(new DateTimeOffset(2022, 7, 9, 23, 17, 14, TimeSpan.Zero));
        Quotes(document).Select(b => b.QuotedSource).Should().Equal("Monash", "Parihaka", "Monash", "Parihaka");
        string text = HtmlPages.AllBlockText(document);
        text.Should().Contain("For roughly 5 million people, NZ has had 610 covid related deaths thus far.");
        foreach (var chrome in new[] { "In the realm of spirit, seek clarity", "If you are emotionally invested", "Leibniz", "Originally posted by", "View Post", "Dirty Kiwi", "has a reputation beyond repute" })
        {
            text.Should().NotContain(chrome);
        }
    }
}
