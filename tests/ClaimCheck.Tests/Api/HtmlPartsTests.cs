using System.Globalization;
using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Parsing;
using ClaimCheck.Parsing.Html;

namespace ClaimCheck.Tests.Api;

/// <summary>
/// An HTML page checked in parts (<see cref="ClaimPipeline.CheckInParts(TextReader, string?, int)"/>,
/// <see cref="ClaimPipeline.CheckFileInParts"/>): cut after whole posts before any DOM is built, each part parsed with
/// the page's head and the elements open around it; where nothing links across a cut, the whole page's findings at the
/// whole page's lines and columns. The pages are constructed here: a phpBB-like thread whose posts each stand alone.
/// </summary>
public sealed class HtmlPartsTests
{
    private const string Head = """
        <!DOCTYPE html>
        <html dir="ltr" lang="en-gb">
        <head>
        <meta charset="utf-8" />
        <title>Exercise for back pain - the trials - Example Health Board</title>
        <script>var a = "<div class='post'>"; if (1 < 2) { document.write("</div>"); }</script>
        <style>.post > .inner { color: red; }</style>
        </head>
        <body id="phpbb" class="section-viewtopic">
        <div id="wrap" class="wrap">
        <div id="page-body" class="page-body" role="main">
        <h2 class="topic-title"><a href="./viewtopic.php?t=815">Exercise for back pain - the trials</a></h2>

        """;

    private const string Tail = """
        </div>
        <div id="page-footer" class="page-footer"><p>Powered by phpBB</p></div>
        </div>
        </body>
        </html>

        """;

    /// <summary>A finding with everything that places it but the span: id, severity, message, text, line and column, further locations.</summary>
    private static string Describe(Finding f)
        => string.Create(CultureInfo.InvariantCulture, $"{f.Location.Position} {f.Severity} {f.Id}: {f.Message} «{f.Location.Text}»")
            + string.Concat(f.AdditionalLocations.Select(l => string.Create(CultureInfo.InvariantCulture, $" +{l.Position} «{l.Text}»")));

    /// <summary>
    /// One post that stands alone (its group sizes and results in itself, numbered so that no sentence repeats), with the
    /// markup a scan must not be fooled by: '&gt;' inside quoted attributes, an end tag in a script and in a comment,
    /// unclosed paragraphs, CDATA in SVG, a void element written as self-closing.
    /// </summary>
    private static string Post(int i)
    {
        int n = 40 + i;
        return string.Create(CultureInfo.InvariantCulture, $"""
            <div id="p{5000 + i}" class="post has-profile bg2">
            	<div class="inner">
            		<dl class="postprofile" id="profile{5000 + i}"><dt class="has-profile-rank"><a href="./memberlist.php?u={i}" class="username" title="member > {i}">member{i}</a></dt></dl>
            		<div class="postbody">
            			<div id="post_content{5000 + i}">
            			<p class="author"><span class="responsive-hide">by <strong><a href="#" class="username">member{i}</a></strong> &raquo; </span><time datetime="2025-02-10T20:05:00+00:00">Mon Feb 10, 2025 8:05 pm</time></p>
            			<div class="content" data-note='a "quoted" > b'>Results of trial {i + 1}.<br>
            <p>In the exercise group of trial {i + 1}, {n / 2} of {n} patients ({(n / 2 * 100.0 / n) + 3:F1}%) reported a benefit.
            <p>The adjusted difference in trial {i + 1} was 0.{19 + i} (95% CI 20.82–1.21).<!-- </div></div> not an end -->
            <script>if (x < 1) document.write("</div></div>");</script>
            <svg width="1" height="1"><![CDATA[ </div> > ]]><rect/></svg><br/>
            <p>There was an effect on pain in trial {i + 1}, F(l, {28 + i}) = 4.20, p = .05.</div>
            			</div>
            		</div>
            	</div>
            </div>
            <hr class="divider" />

            """);
    }

    private static string Page(int posts, string newline = "\n")
    {
        var html = new StringBuilder(Head);
        for (int i = 0; i < posts; i++)
        {
            html.Append(Post(i));
        }

        html.Append(Tail);
        return html.ToString().ReplaceLineEndings(newline);
    }

    /// <summary>
    /// The parts' findings (but CC9008 and <paramref name="leftOut"/>) are the whole check's, in order, at the same lines and
    /// columns; CC9001, which speaks of the whole input, is said as often (once, by the last part, rather than first).
    /// </summary>
    private static void ShouldMatch(IEnumerable<CheckedPart> parts, CheckResult whole, params string[] leftOut)
    {
        var found = parts.SelectMany(p => p.Findings).Where(f => f.Id != RuleIds.CheckedInParts && !leftOut.Contains(f.Id)).ToList();
        var expected = whole.Findings.Where(f => !leftOut.Contains(f.Id)).ToList();
        found.Where(f => f.Id != RuleIds.NoArticleText).Select(Describe).Should().Equal(expected.Where(f => f.Id != RuleIds.NoArticleText).Select(Describe));
        found.Where(f => f.Id == RuleIds.NoArticleText).Select(Describe).Should().Equal(expected.Where(f => f.Id == RuleIds.NoArticleText).Select(Describe));
    }

    private static List<CheckedPart> InParts(string html, int partLength = 4096)
        => [.. ClaimPipeline.Default.CheckInParts(new StringReader(html), "t.html", partLength)];

    [TestCase("\n")]
    [TestCase("\r\n")]
    public void A_thread_page_in_parts_gives_the_whole_pages_findings_at_the_whole_pages_lines_and_columns(string newline)
    {
        string html = Page(40, newline);
        var whole = ClaimPipeline.Default.Check(html, "t.html");
        var parts = InParts(html);

        whole.Document!.Posts.Should().HaveCount(40, "the constructed page is read as a phpBB thread");
        parts.Should().HaveCountGreaterThan(5, "the page is several times a part's length");
        whole.Findings.Should().Contain(f => f.Id == "CC1001").And.Contain(f => f.Id == "CC9004");
        ShouldMatch(parts, whole);
        // Every part is a thread of whole posts, numbered on from the part before; the text of each finding is its part's text there.
        parts.SelectMany(p => p.Result.Document!.Posts).Select(p => p.Index).Should().Equal(Enumerable.Range(1, 40));
        parts.Select(p => p.Result.Document!.Title).Should().AllBe(whole.Document.Title);
        int start = 0;
        foreach (var part in parts)
        {
            part.Start.Should().Be(start);
            var source = part.Result.Document!.Source;
            foreach (var finding in part.Result.Findings.Where(f => !f.Location.Span.IsEmpty))
            {
                source.ToString(finding.Location.Span).Should().Be(finding.Location.Text);
            }

            start += source.Length;
        }
    }

    [Test]
    public void Each_part_ends_after_a_whole_post_and_the_parts_are_the_page()
    {
        string html = Page(40);
        var parts = HtmlParts.Split(new StringReader(html), 4096).ToList();

        parts.Should().HaveCountGreaterThan(5);
        string.Concat(parts.Select(p => p.Text.ToString())).Should().Be(html);
        foreach (var part in parts.SkipLast(1))
        {
            // After the post's own end tag (or the divider after it): never inside a post, the script, the comment or the SVG.
            part.Text.ToString().Should().MatchRegex(@"(\t</div>\n</div>|<hr class=""divider"" />)$");
            part.Forced.Should().BeFalse();
            part.More.Should().BeTrue();
        }

        foreach (var part in parts.Skip(1))
        {
            // The head's title and meta, then the open ancestors with their attributes.
            part.Html[..part.PrefixLength].Should().Be(
                """<html dir="ltr" lang="en-gb"><head><meta charset="utf-8" /><title>Exercise for back pain - the trials - Example Health Board</title></head><body id="phpbb" class="section-viewtopic"><div id="wrap" class="wrap"><div id="page-body" class="page-body" role="main">""");
        }
    }

    [Test]
    public void A_page_no_longer_than_a_part_is_one_part_checked_as_the_whole_page()
    {
        string html = Page(3);
        var parts = InParts(html, 1 << 20);

        parts.Should().ContainSingle();
        string Placed(Finding f) => f.Location.Span + " " + Describe(f);
        parts[0].Findings.Select(Placed).Should().Equal(ClaimPipeline.Default.Check(html, "t.html").Findings.Select(Placed));
        parts[0].Findings.Should().NotContain(f => f.Id == RuleIds.CheckedInParts);
    }

    [Test]
    public void The_first_part_says_the_page_was_checked_in_parts()
    {
        var parts = InParts(Page(40));

        parts[0].Findings.Should().ContainSingle(f => f.Id == RuleIds.CheckedInParts)
            .Which.Message.Should().Contain("4,096 characters of HTML").And.Contain("after a whole element");
        parts.Skip(1).SelectMany(p => p.Findings).Should().NotContain(f => f.Id == RuleIds.CheckedInParts);
    }

    [Test]
    public void Unclosed_list_items_and_paragraphs_are_cut_before_the_next_item()
    {
        var html = new StringBuilder("<html><head><title>t</title></head><body><ul class=\"posts\">\n");
        for (int i = 0; i < 60; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"post\"><p>In trial {i + 1}, {20 + i} of {40 + i} patients improved.<p>Nothing else in trial {i + 1}.\n");
        }

        html.Append("</ul></body></html>\n");
        string page = html.ToString();
        var parts = HtmlParts.Split(new StringReader(page), 1024).ToList();

        parts.Should().HaveCountGreaterThan(3);
        string.Concat(parts.Select(p => p.Text.ToString())).Should().Be(page);
        foreach (var part in parts.Skip(1))
        {
            // Before an item's start tag, the list re-opened around it (the open item and paragraph closed by it are not).
            part.Text.ToString().Should().StartWith("<li class=\"post\">");
            part.Html.Should().StartWith("<html><head><title>t</title></head><body><ul class=\"posts\"><li");
        }
    }

    [Test]
    public void A_post_nested_past_the_cap_is_flattened_in_its_part_as_in_the_whole_page()
    {
        string deep = string.Concat(Enumerable.Repeat("<div>", 600)) + "Deep text." + string.Concat(Enumerable.Repeat("</div>", 600));
        string page = Page(40).Replace("Results of trial 31.", "Results of trial 31." + deep, StringComparison.Ordinal);
        var whole = ClaimPipeline.Default.Check(page, "t.html");
        // Parts longer than the deep post (about 8,000 characters), so that it is not cut.
        var parts = InParts(page, 16384);

        parts.Should().HaveCountGreaterThan(2);
        // The counts may differ by a few: the cap's own scan reads the "</div>" in the earlier posts' CDATA as an end tag.
        whole.Findings.Should().ContainSingle(f => f.Id == RuleIds.NestingFlattened).Which.Message.Should().MatchRegex("^3[0-9]{2} elements nested deeper than 256 levels");
        parts.SelectMany(p => p.Findings).Should().ContainSingle(f => f.Id == RuleIds.NestingFlattened).Which.Message.Should().MatchRegex("^3[0-9]{2} elements nested deeper than 256 levels");
        ShouldMatch(parts, whole, RuleIds.NestingFlattened);
    }

    [Test]
    public void A_part_with_no_element_end_in_four_part_lengths_is_cut_with_CC9003()
    {
        string filler = string.Concat(Enumerable.Repeat("Words without any markup at all, on and on. ", 400));
        string html = "<html><body><div class=\"x\">" + filler + "In the end, 29 of 58 patients (52.7%) improved.</div></body></html>\n";
        var parts = InParts(html, 1024);

        parts.Should().HaveCountGreaterThan(2);
        var cut = parts.SelectMany(p => p.Findings).Where(f => f.Id == RuleIds.OverSizeLimit).ToList();
        cut.Should().NotBeEmpty().And.OnlyContain(f => f.Message.Contains("4,096 characters", StringComparison.Ordinal));
        parts.SelectMany(p => p.Findings).Should().ContainSingle(f => f.Id == "CC1001").Which.Location.Position.Column
            .Should().Be(html.IndexOf("29 of 58", StringComparison.Ordinal) + 1);
    }

    [Test]
    public void An_HTML_file_is_read_in_parts_with_its_encoding_and_an_MHTML_file_with_the_files_positions()
    {
        string folder = Directory.CreateTempSubdirectory("claimcheck-htmlparts-").FullName;
        try
        {
            string page = Page(40).Replace("Exercise for back pain - the trials", "Exercise for back pain – Großbritannien", StringComparison.Ordinal);
            string file = Path.Combine(folder, "t.html");
            File.WriteAllText(file, page, new UTF8Encoding(false));
            var whole = ClaimPipeline.Default.CheckFile(file);
            var parts = ClaimPipeline.Default.CheckFileInParts(file, 4096).ToList();
            parts.Should().HaveCountGreaterThan(5);
            ShouldMatch(parts, whole);
            parts[0].Result.Document!.Title.Should().Contain("Großbritannien");

            string mhtml = Path.Combine(folder, "t.mhtml");
            File.WriteAllText(mhtml, "From: <Saved by Blink>\r\nSubject: t\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B\"\r\n\r\n\r\n"
                + "------B\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: binary\r\nContent-Location: https://example.org/t\r\n\r\n"
                + page.ReplaceLineEndings("\r\n") + "\r\n------B--\r\n", new UTF8Encoding(false));
            var wholeMhtml = ClaimPipeline.Default.CheckFile(mhtml);
            var mhtmlParts = ClaimPipeline.Default.CheckFileInParts(mhtml, 4096).ToList();
            wholeMhtml.Document!.Posts.Should().HaveCount(40);
            mhtmlParts.Should().HaveCountGreaterThan(5);
            ShouldMatch(mhtmlParts, wholeMhtml);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
