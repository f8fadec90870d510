using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Parsing.Html;

/// <summary>
/// Kinds of markup the structural thread detector read wrongly on real pages (docs/parsing.md, "Why pages miss"),
/// each on a small constructed page written here (made-up members and posts), with an innocent look-alike beside
/// it: name blocks that carry more than the name, badges and avatar initials before it, an editor's link before
/// the owner's, Q&amp;A microdata with navigation above, an opening post above a reply's avatar, topic lists and
/// teaser sidebars, related-question teasers and counter labels. Expectations are read from the markup below.
/// </summary>
public sealed class StructuralKindsTests
{
    private static ThreadDocument Parse(string html) => ClaimChecker.Parse(html, "page.html");

    private static string[] Authors(ThreadDocument document) => [.. document.Posts.Select(p => p.Author ?? string.Empty)];

    [Test]
    public void A_name_block_with_a_role_tag_views_or_a_post_count_gives_only_the_name()
    {
        var document = Parse("""
            <html><body><h1>Statins and muscle pain</h1>
            <div class="thread">
              <div class="entry">
                <div class="author-info"><div class="author-name"><a class="username"><span class="name">ann </span></a></div>
                  <div class="meta-box"><span class="time">2024-03-01 10:00</span><span class="views-count"> views 5605</span></div></div>
                <div class="text"><p>The blinded trial found no more muscle pain on the statin than on placebo.</p></div>
              </div>
              <div class="entry">
                <div class="author-info"><div class="author-name"><a class="username"> bo <span>(OP)</span></a></div>
                  <div class="meta-box"><span class="time">2024-03-01 11:00</span></div></div>
                <div class="text"><p>So the pain people report is mostly the nocebo effect, it seems.</p></div>
              </div>
              <div class="entry">
                <div class="author-info"><div class="post-username">cy<br><span>22 Posts</span><span> Topic Author</span></div>
                  <div class="meta-box"><span class="time">2024-03-02 09:00</span></div></div>
                <div class="text"><p>Or the trial enrolled people who had tolerated statins before.</p></div>
              </div>
              <div class="entry">
                <div class="author-info"><div class="author-name"><span class="username"><b>Mary</b> Jo</span></div>
                  <div class="meta-box"><span class="time">2024-03-02 10:00</span></div></div>
                <div class="text"><p>A formatted name stays whole: nothing but formatting inside it.</p></div>
              </div>
            </div></body></html>
            """);

        document.Kind.Should().Be(DocumentKind.ForumThread);
        Authors(document).Should().Equal("ann", "bo", "cy", "Mary Jo");
    }

    [Test]
    public void A_badge_link_and_an_avatar_initial_give_way_to_the_name()
    {
        const string Post = """
            <div class="post-item">
              <header class="post-header">
                <a class="badge" href="/members/groups/supporter">Supporter</a>
                <a class="user" href="/members/{0}"><span class="avatar">{1}</span><span class="name">{0}</span></a>
                <time datetime="2024-05-0{2}T10:00:00Z">May {2}</time>
              </header>
              <div class="post-text"><p>{3}</p></div>
            </div>
            """;
        var document = Parse("<html><body><h1>Flu shots</h1><div class=\"stream\">"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Post, "Ester", "E", 1, "The vaccine cut hospital stays by a third in the older group.")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Post, "Dan", "D", 2, "Only in the season the strains matched, as the paper says.")
            + "</div></body></html>");

        Authors(document).Should().Equal("Ester", "Dan");
    }

    [Test]
    public void A_question_with_microdata_is_the_opening_post_and_its_owner_not_its_editor_is_the_author()
    {
        var document = Parse("""
            <html><body>
            <div class="left-bar"><a href="/">Home</a> <a href="/users/me">My profile</a> <span class="date">today</span>
              <p>Welcome to the questions site, where anyone can ask about anything at all.</p></div>
            <main>
            <div itemscope itemtype="https://schema.org/Question">
              <h1 itemprop="name">Does a smaller trial give a wider interval?</h1>
              <div itemprop="text"><p>I read that a trial of 40 people gave an interval from 0.2 to 3.1. Is that because it is small?</p></div>
              <div class="signatures">
                <div class="sig">edited <time datetime="2024-02-29T10:00:00Z">Feb 29</time> <a href="/users/9/fen">Fen</a></div>
                <div class="sig owner" itemprop="author" itemscope itemtype="https://schema.org/Person">asked <time datetime="2024-02-22T10:00:00Z">Feb 22</time>
                  <a href="/users/7/kari"><span itemprop="name">kari</span></a></div>
              </div>
              <div itemscope itemtype="https://schema.org/Answer">
                <div itemprop="text"><p>Yes: the width of the interval shrinks with the square root of the sample size.</p></div>
                <div class="sig" itemprop="author" itemscope itemtype="https://schema.org/Person">answered <time datetime="2024-02-22T12:00:00Z">Feb 22</time>
                  <a href="/users/3/lin"><span itemprop="name">lin</span></a></div>
              </div>
            </div>
            </main></body></html>
            """);

        document.Kind.Should().Be(DocumentKind.ForumThread);
        Authors(document).Should().Equal("kari", "lin");
        HtmlPages.AllBlockText(document).Should().NotContain("Welcome to the questions site");
    }

    [Test]
    public void An_answer_whose_microdata_names_no_member_keeps_its_byline()
    {
        // The question's microdata names its member, the answer's does not: the answer's byline still names its author.
        var document = Parse("""
            <html><body>
            <main>
            <div itemscope itemtype="https://schema.org/Question">
              <h1 itemprop="name">Is a p of 0.06 a trend?</h1>
              <div itemprop="text"><p>The paper calls p = 0.06 a trend towards benefit. Is that a fair way to put it?</p></div>
              <div class="byline" itemprop="author" itemscope itemtype="https://schema.org/Person">asked <time datetime="2024-02-22T10:00:00Z">Feb 22</time>
                <a href="/users/7/kari"><span itemprop="name">kari</span></a></div>
              <div itemscope itemtype="https://schema.org/Answer">
                <div itemprop="text"><p>No: the result is either significant at the chosen level or it is not.</p></div>
                <div class="byline">answered <time datetime="2024-02-22T12:00:00Z">Feb 22</time> <a href="/users/3/lin">lin</a></div>
              </div>
            </div>
            </main></body></html>
            """);

        Authors(document).Should().Equal("kari", "lin");
    }

    [Test]
    public void An_edit_note_before_the_owner_byline_does_not_name_the_author_but_a_lone_edited_byline_does()
    {
        var document = Parse("""
            <html><body><h1>Salt and blood pressure</h1>
            <div class="answers">
              <div class="answer" id="answer-1">
                <div class="answer-text"><p>The salt substitute trial lowered systolic pressure by 3.3 mmHg on average.</p></div>
                <div class="by"><div class="action">edited <time datetime="2024-04-08T10:00:00Z">Apr 8</time></div><a href="/users/fen">Fen</a></div>
                <div class="by"><div class="action">answered <time datetime="2024-04-01T10:00:00Z">Apr 1</time></div><a href="/users/lin">lin</a></div>
              </div>
              <div class="answer" id="answer-2">
                <div class="answer-text"><p>And strokes were fewer too, 29.1 against 33.7 per 1000 person-years.</p></div>
                <div class="by"><div class="action">answered <time datetime="2024-04-02T10:00:00Z">Apr 2</time></div><a href="/users/kai">kai</a></div>
              </div>
              <div class="answer" id="answer-3">
                <div class="answer-text"><p>A post whose only byline is an edit note still has that member as its name.</p></div>
                <div class="by"><div class="action">edited <time datetime="2024-04-03T10:00:00Z">Apr 3</time></div><a href="/users/ola">ola</a></div>
              </div>
            </div></body></html>
            """);

        Authors(document).Should().Equal("lin", "kai", "ola");
    }

    [Test]
    public void An_opening_post_climbs_past_the_first_replys_avatar_initial_to_its_own_byline()
    {
        var document = Parse("""
            <html><body><div class="page">
              <div class="title-post" id="post-0"><h1>How long does a vaccine trial take?</h1></div>
              <div class="op-byline">By <a href="/users/kaj">@kaj</a> <span class="ago">Sep 16, 2017</span></div>
              <div class="tree">
                <div class="op-body" id="post-1"><p>Imagine you plan a trial of a kind nobody has run before. How do you estimate how long it takes?</p></div>
                <div class="summary">2 replies, last <span class="ago">2 days ago</span></div>
                <ol class="replies">
                  <li><div class="reply-tree"><a class="avtr" href="/users/mark">M</a>
                    <div class="reply" id="post-2"><div class="hd"><a class="by" href="/users/mark">mark</a> <span class="ago">Sep 16, 2017</span></div>
                      <div class="bd"><p>Look at how long the last three trials of that size took to recruit.</p></div></div></div></li>
                  <li><div class="reply-tree"><a class="avtr" href="/users/bill">B</a>
                    <div class="reply" id="post-3"><div class="hd"><a class="by" href="/users/bill">bill</a> <span class="ago">Sep 17, 2017</span></div>
                      <div class="bd"><p>Recruitment is the slow part; the follow-up time is fixed by the protocol.</p></div></div></div></li>
                </ol>
              </div>
            </div></body></html>
            """);

        Authors(document).Should().Equal("kaj", "mark", "bill");
        document.Posts[0].Blocks.Select(b => b.Text).Should().ContainSingle().Which.Should().StartWith("Imagine you plan a trial");
    }

    [Test]
    public void A_topic_list_is_not_a_thread_but_posts_repeating_their_threads_title_link_are()
    {
        const string Card = """
            <div class="topic-card"><h3 class="topic-title"><a href="/forum/t/{0}">{1}</a></h3>
              <div class="by"><a href="/members/{2}">{2}</a> <time datetime="2024-01-0{3}T10:00:00Z">Jan {3}</time></div>
              <p class="excerpt">{4}</p></div>
            """;
        var list = Parse("<html><body><h1>Trials forum</h1><div class=\"topics\">"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Card, 11, "Aspirin after sixty", "ann", 1, "Has anyone read the new trial of aspirin in older people? It found more bleeding.")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Card, 12, "Metformin and ageing", "bo", 2, "The ageing trial with metformin is still recruiting, the site says.")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Card, 13, "Fish oil again", "cy", 3, "Another fish oil trial with no effect on heart attacks at all.")
            + "</div></body></html>");
        list.Kind.Should().NotBe(DocumentKind.ForumThread);

        const string Post = """
            <div class="kmsg-post"><div class="head">Topic <a class="topic-title" href="/forum/t/21-aspirin#{0}">Aspirin after sixty</a> by
              <a href="/members/{1}">{1}</a> <time datetime="2024-01-0{0}T10:00:00Z">Jan {0}</time></div>
              <div class="kmsg"><p>{2}</p></div></div>
            """;
        var thread = Parse("<html><body><h1>Aspirin after sixty</h1><div class=\"posts\">"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Post, 1, "ann", "Has anyone read the new trial of aspirin in older people? It found more bleeding.")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Post, 2, "bo", "Yes, and no fewer heart attacks either, in five years of follow-up.")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Post, 3, "cy", "The bleeding was mostly in the gut, table 2 says.")
            + "</div></body></html>");
        thread.Kind.Should().Be(DocumentKind.ForumThread);
        Authors(thread).Should().Equal("ann", "bo", "cy");
    }

    [Test]
    public void A_sidebar_of_recent_post_cards_is_not_the_threads_posts()
    {
        const string Card = """
            <li class="recent-item"><p class="posttitle"><a href="/community/t/{0}/#post-{0}">{1}</a></p>
              <p class="posttext">{2}</p><p class="postuser">by <a href="/participant/{3}/">{3}</a> <time datetime="2024-06-0{4}T10:00:00Z">Jun {4}</time></p></li>
            """;
        var document = Parse("<html><body><h1>Iron tablets</h1><main>"
            + """
              <div class="post-wrap" id="post-301"><div class="who"><a href="/participant/zoe/">zoe</a> <time datetime="2024-06-01T08:00:00Z">Jun 1</time></div>
                <div class="post-content"><p>The iron trial found ferritin rose by 20 ug/L after twelve weeks of tablets.</p></div></div>
              <div class="post-wrap" id="post-302"><div class="who"><a href="/participant/yan/">yan</a> <time datetime="2024-06-02T08:00:00Z">Jun 2</time></div>
                <div class="post-content"><p>But fatigue scores did not change, which was the point of it.</p></div></div>
              </main><aside><ul class="recent">
              """
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Card, 1, "Detectors for gold", "Which detector finds the smallest nuggets, in your experience?", "ann", 3)
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Card, 2, "Beach finds", "Coins and rings after the storm last week, mostly modern ones.", "bo", 4)
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Card, 3, "Permits", "Do you need a permit to search on public land in the north?", "cy", 5)
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Card, 4, "Old maps", "Where do you find old maps of farm tracks that are gone now?", "dee", 6)
            + "</ul></aside></body></html>");

        Authors(document).Should().Equal("zoe", "yan");
    }

    [Test]
    public void Related_question_teasers_and_a_counter_label_are_not_posts_or_names()
    {
        var document = Parse("""
            <html><body>
            <div itemscope itemtype="https://schema.org/Question">
              <h1>Was the quake forecast right?</h1>
              <div class="side"><div class="board"><div class="board-itemName">Followers</div><strong class="board-itemValue">46</strong></div></div>
              <div class="detail"><p>The network said the quake would reach magnitude 4.8 at a depth of 8 km. Was it right?</p></div>
              <div itemscope itemtype="https://schema.org/Answer">
                <div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="wei"><a href="/people/wei">wei</a></div>
                <time datetime="2023-02-28T15:00:00Z">Feb 28</time>
                <div itemprop="text"><p>It was: the measured magnitude was 4.8, and the depth 8 km as well.</p></div>
              </div>
            </div>
            <div class="related">
              <div itemscope itemtype="https://schema.org/Question"><a href="/question/1">Was the January quake felt in the city?</a> <span>0 answers</span></div>
              <div itemscope itemtype="https://schema.org/Question"><a href="/question/2">Which towns felt the November quake?</a> <span>0 answers</span></div>
            </div>
            </body></html>
            """);

        document.Kind.Should().Be(DocumentKind.ForumThread);
        Authors(document).Should().Equal(string.Empty, "wei");
    }
    [Test]
    public void A_layout_nested_in_its_own_shape_is_no_post_and_a_short_opening_post_is_found_above_the_comments()
    {
        var document = Parse("""
            <html><body><section class="layout"><nav><a href="/">Home</a> <a href="/topics">Topics</a></nav>
            <section class="layout"><main>
              <div class="topic"><div class="by"><a href="/user/ren">ren</a> <span class="date">2023-09-01</span></div>
                <div class="topic-text"><p>Two weeks on the drug, the pain is half.</p></div></div>
              <div class="comments">
                <div class="comment"><div class="by"><a href="/user/sam">sam</a> <span class="date">2023-09-02</span></div>
                  <div class="comment-text"><p>Is that on the higher dose from the trial?</p></div></div>
                <div class="comment"><div class="by"><a href="/user/ren">ren</a> <span class="date">2023-09-03</span></div>
                  <div class="comment-text"><p>Yes, the 20 mg dose, once a day.</p></div></div>
              </div>
            </main></section></section></body></html>
            """);

        Authors(document).Should().Equal("ren", "sam", "ren");
    }

    [Test]
    public void Nested_replies_with_bylines_of_their_own_stay_posts_however_short()
    {
        var document = Parse("""
            <html><body><h1>A minimal forum</h1>
            <div class="reply"><div class="by"><a href="/user/ann">ann</a> <span class="date">2 years ago</span></div><p>Nice work, all of it.</p>
              <div class="reply"><div class="by"><a href="/user/bo">bo</a> <span class="date">2 years ago</span></div><p>Agreed, and it is fast.</p>
                <div class="reply"><div class="by"><a href="/user/cy">cy</a> <span class="date">1 year ago</span></div><p>How deep can this go?</p></div>
              </div>
            </div>
            </body></html>
            """);

        Authors(document).Should().Equal("ann", "bo", "cy");
    }

    [Test]
    public void A_reply_of_a_few_words_in_a_unit_of_posts_is_a_post_but_a_stub_without_words_is_not()
    {
        const string Reply = """
            <div class="comment"><div class="by"><a href="/user/{0}">{0}</a> - <span class="when">{1} years ago</span> | <a href="#c{1}">thread</a></div>
              <div class="text"><p>{2}</p></div><a href="/reply/{1}">reply</a></div>
            """;
        var document = Parse("<html><body><h1>A minimal forum</h1><div class=\"comments\">"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Reply, "ann", 2, "The trial's dose was twice the usual one, which explains the side effects.")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Reply, "bo", 3, "yo")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Reply, "cy", 4, "Only the placebo arm was blinded properly, as far as I can tell.")
            + "<div class=\"comment\"><div class=\"by\"><a href=\"/user/dee\">dee</a> - <span class=\"when\">5 years ago</span></div><a href=\"/more\">more replies</a></div>"
            + "</div></body></html>");

        document.Kind.Should().Be(DocumentKind.ForumThread);
        Authors(document).Should().Equal("ann", "bo", "cy");
    }

    [Test]
    public void A_comment_nested_in_a_comment_is_one_custom_element_shape_and_a_lone_promoted_card_is_no_post()
    {
        const string Open = """<x-comment><div><a href="/user/{0}">{0}</a> <time datetime="2024-05-0{1}T10:00:00Z">May {1}</time></div><div><p>{2}</p></div>""";
        var document = Parse("<html><body><h1>Flags</h1><x-comment-tree>"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Open, "ann", 1, "The survey asked 2,000 people and half of them had never flown one.")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Open, "bo", 2, "Half is a lot for a question nobody thinks about, really.") + "</x-comment></x-comment>"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Open, "cy", 3, "The other half may just have said yes to be polite to the caller.") + "</x-comment>"
            + "</x-comment-tree>"
            + "<x-promoted><div><a href=\"/user/shop\">shop</a> <time datetime=\"2024-05-04T10:00:00Z\">May 4</time></div><p>Buy a flag pole today, with free delivery to your door.</p></x-promoted>"
            + "</body></html>");

        Authors(document).Should().Equal("ann", "bo", "cy");
    }

    [Test]
    public void A_bare_name_beside_an_avatar_of_the_same_alt_text_names_the_member_but_a_caption_under_a_photo_does_not()
    {
        const string Post = """
            <div class="item"><div class="head"><img src="a.gif" alt="{0}" width="22.4" height="22.4"><div class="rend">{0}<span data-tip="Plus"></span></div>
              <time datetime="171555{1}">13-05-2024 0{1}:00</time></div><div class="rend body"><p>{2}</p></div></div>
            """;
        var thread = Parse("<html><body><h1>A story</h1><div class=\"list\">"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Post, "hadi", 1, "Too short, and the ending is missing from the second part.")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Post, "bang.toy", 2, "Then please post the next part soon, we are all waiting.")
            + "</div></body></html>");
        thread.Kind.Should().Be(DocumentKind.ForumThread);
        Authors(thread).Should().Equal("hadi", "bang.toy");

        const string Card = """
            <div class="item"><div class="head"><img src="p.jpg" alt="{0}" width="640" height="400"><div class="rend">{0}</div>
              <time datetime="2024-05-0{1}">May {1}</time></div><div class="rend body"><p>{2}</p></div></div>
            """;
        var gallery = Parse("<html><body><h1>Trial sites</h1><div class=\"list\">"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Card, "Site one", 1, "The first site enrolled 120 patients over two years of the trial.")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Card, "Site two", 2, "The second site enrolled 80 patients and closed early for lack of staff.")
            + "</div></body></html>");
        gallery.Kind.Should().NotBe(DocumentKind.ForumThread);
    }

    [Test]
    public void A_category_name_before_the_byline_is_not_the_author_but_an_author_name_class_is()
    {
        const string Post = """
            <div class="reply-item"><span class="thread-cat-name"><a href="/thread-category/diet/">Diet</a></span>
              <span class="{0}"><a href="/member/{1}/">{1}</a></span> <span class="date">on May 2{2}, 2015</span><div class="content"><p>{3}</p></div></div>
            """;
        var document = Parse("<html><body><h1>Packages</h1><div class=\"replies\">"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Post, "post-author", "dak", 1, "The low-salt diet lowered pressure by 5 points in the trial.")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Post, "author-name", "admin", 2, "Only in the people who had high pressure to begin with.")
            + "</div></body></html>");

        Authors(document).Should().Equal("dak", "admin");
    }

    [Test]
    public void An_activity_feed_in_an_aside_is_not_the_threads_posts()
    {
        const string Item = """<div class="activity"><div class="by"><a href="/members/kenny/">Kenny</a> posted an update <span class="time-since">{0} days ago</span></div><div class="activity-inner"><p>{1}</p></div></div>""";
        string feed = "<aside class=\"widget\"><h2>Site activity</h2>"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Item, 3, "A new show opens in town next week, with tickets from ten pounds.")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Item, 4, "The convention moved to June this year because of the venue.")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Item, 5, "Magic news of the week: three new books and one new video.")
            + "</aside>";
        const string Post = """<div class="activity"><div class="by"><a href="/members/{0}/">{0}</a> <span class="time-since">{1} days ago</span></div><div class="activity-inner"><p>{2}</p></div></div>""";

        var topic = Parse("<html><body><main><h1>How to use the forums</h1><p>These forums are for all users of the site, members or not, and anyone may read them.</p></main>" + feed + "</body></html>");
        topic.Posts.Select(p => p.Author).Should().NotContain("Kenny");

        var thread = Parse("<html><body><main><h1>Card tricks</h1><div class=\"stream\">"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Post, "ann", 1, "Which card trick is best for a first show in front of children?")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Post, "bo", 2, "The rising card, always: it is simple and they love it every time.")
            + "</div></main>" + feed + "</body></html>");
        Authors(thread).Should().Equal("ann", "bo");
    }
}
