using AngleSharp.Dom;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// Opens written reports in headless chromium and inspects the DOM after the page's script ran: the
/// highlights and messages are there, the report's own script ran (so the Content-Security-Policy lets it
/// through), and nothing planted in a thread ran or became markup.
/// </summary>
[Category("Browser")]
public sealed class HtmlReportBrowserTests
{
    private string? _folder;

    private string Folder => _folder ?? throw new InvalidOperationException("SetUp did not create the folder");

    [SetUp]
    public void CreateFolder()
    {
        Chromium.Require();
        _folder = Directory.CreateTempSubdirectory("claimcheck-report-").FullName;
    }

    // Without a browser SetUp ignored the test before the folder existed: there is nothing to delete, and a
    // throwing TearDown would turn the skip into a failure.
    [TearDown]
    public void DeleteFolder()
    {
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
            _folder = null;
        }
    }

    [Test]
    public void The_seed_report_highlights_every_finding_with_its_message_and_its_script_runs()
    {
        var result = ClaimChecker.CheckFile(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt"));
        result.Findings.Select(f => f.Id).Should().Contain(["CC1003", "CC2007", "CC3001", "CC3002"]);

        var dom = Open([result], "seed.html");

        dom.Body!.GetAttribute("data-ready").Should().Be("1", "the report's own script ran under its Content-Security-Policy");
        dom.Title.Should().Be("ClaimCheck report");
        ShouldShowEveryFinding(dom, [result]);
        dom.QuerySelector(".post .author")!.TextContent.Should().Be("forestglip");
        dom.QuerySelectorAll(".block-articleText").Should().NotBeEmpty();
        dom.QuerySelectorAll(".filter-rule input").Select(i => i.GetAttribute("value"))
            .Should().Equal(result.Findings.Select(f => f.Id).Distinct().Order(StringComparer.Ordinal));
        ReportDom.ShouldHaveNoInjectedMarkup(dom);
    }

    [Test]
    public void Payloads_in_a_plain_text_thread_and_a_saved_forum_page_stay_text_and_never_run()
    {
        var results = new[]
        {
            HostileInputs.CheckWithHostileFinding(HostileInputs.PlainText(), "/threads/<b>hostile</b>\"thread.txt"),
            HostileInputs.CheckWithHostileFinding(HostileInputs.Html(), "/threads/hostile.html"),
            HostileInputs.Unreadable("/threads/" + HostileInputs.ImagePayload + ".txt"),
        };
        results[0].Findings.Select(f => f.Id).Should().Contain(["CC1003", "CC3001"], "the payloads sit in the sentences these findings quote");
        results[1].Findings.Select(f => f.Id).Should().Contain(["CC1003", "CC3001"]);
        results[1].Document!.Posts[0].Author.Should().Be(HostileInputs.Author, "the forum saved the name as character references");

        var dom = Open(results, "hostile.html", new HtmlReportOptions { Title = "Report " + HostileInputs.TitlePayload });

        dom.Body!.GetAttribute("data-ready").Should().Be("1", "the legitimate script ran, so the payloads' silence means something");
        dom.Title.Should().Be("Report " + HostileInputs.TitlePayload).And.NotBe("PWNED");
        dom.Body.HasAttribute("data-pwned").Should().BeFalse();
        ReportDom.ShouldHaveNoInjectedMarkup(dom);
        string text = dom.Body.TextContent;
        foreach (string payload in HostileInputs.Payloads)
        {
            text.Should().Contain(payload, "the payload is shown as the text it was");
        }

        dom.QuerySelectorAll(".post .author").Select(a => a.TextContent).Should().Contain(HostileInputs.Author);
        ShouldShowEveryFinding(dom, results);
        // The planted finding's highlight covers the svg payload and overlaps CC1003's "34.48% (10/29)".
        int planted = HostileInputs.Numbered(results).First(x => x.Finding.Descriptor == HostileInputs.HostileRule).Number;
        ReportDom.MarkedText(dom, planted, 0).Should().EndWith(HostileInputs.SvgPayload);
        dom.QuerySelectorAll("mark").Should().Contain(m => m.GetAttribute("data-finding")!.Split(' ', StringSplitOptions.None).Length > 1, "the spans overlap");
    }

    [Test]
    public void Markup_that_got_past_escaping_would_still_not_run_under_the_policy()
    {
        // Defence in depth: plant live payloads in a written report, as a bug in escaping would.
        string html = ReportDom.Write([ClaimChecker.CheckFile(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt"))]);
        html = html.Replace("<main>", "<main>" + HostileInputs.TitlePayload + HostileInputs.ImagePayload + "<svg onload=\"document.body.dataset.pwned=2\"></svg>", StringComparison.Ordinal);
        string report = Path.Combine(Folder, "planted.html");
        File.WriteAllText(report, html);

        var dom = ReportDom.Parse(Chromium.DumpDom(report));

        dom.Body!.GetAttribute("data-ready").Should().Be("1", "the report's own script still runs");
        dom.Title.Should().Be("ClaimCheck report");
        dom.Body.HasAttribute("data-pwned").Should().BeFalse();
    }

    [Test]
    public void A_screenshot_of_the_seed_report_is_written()
    {
        string report = Path.Combine(Folder, "seed.html");
        File.WriteAllText(report, ReportDom.Write([ClaimChecker.CheckFile(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt"))]));
        string png = Path.Combine(Folder, "seed.png");

        Chromium.Screenshot(report, png);

        var bytes = File.ReadAllBytes(png);
        bytes.Length.Should().BeGreaterThan(10_000, "a rendered page, not a blank one");
        bytes.Take(8).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A);
    }

    private IDocument Open(IReadOnlyList<CheckResult> results, string name, HtmlReportOptions? options = null)
    {
        string report = Path.Combine(Folder, name);
        File.WriteAllText(report, ReportDom.Write(results, options));
        string dom = Chromium.DumpDom(report);
        dom.Should().Contain("</html>", "chromium printed the DOM");
        return ReportDom.Parse(dom);
    }

    /// <summary>Every located span of every finding is marked with exactly its text, and every message is listed.</summary>
    private static void ShouldShowEveryFinding(IDocument dom, IReadOnlyList<CheckResult> results)
    {
        foreach (var (number, finding) in HostileInputs.Numbered(results))
        {
            var item = dom.GetElementById($"f{number}");
            item.Should().NotBeNull($"finding {number} ({finding.Id}) is listed");
            item!.GetAttribute("data-rule").Should().Be(finding.Id);
            item.QuerySelector(".message")!.TextContent.Should().Be(finding.Message);
            var locations = HostileInputs.Locations(finding);
            for (int k = 0; k < locations.Length; k++)
            {
                if (!locations[k].Span.IsEmpty)
                {
                    ReportDom.MarkedText(dom, number, k).Should().Be(locations[k].Text, $"location {k} of finding {number} ({finding.Id}) is highlighted");
                    dom.GetElementById($"f{number}-l{k}").Should().NotBeNull("the side list links to it");
                }
            }
        }
    }
}
