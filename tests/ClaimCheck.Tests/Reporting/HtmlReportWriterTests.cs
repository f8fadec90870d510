using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Parsing;
using ClaimCheck.Reporting;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Reporting;

/// <summary>The HTML report as written (parsed without a browser): escaping, overlapping spans, odd inputs, filters, policy.</summary>
public sealed class HtmlReportWriterTests
{
    private static readonly RuleDescriptor RuleA = new("CC1001", "Rule A", "{0}", RuleCategory.Custom, Severity.Error);
    private static readonly RuleDescriptor RuleB = new("CC2002", "Rule B", "{0}", RuleCategory.Custom, Severity.Warning);
    private static readonly RuleDescriptor RuleC = new("CC3003", "Rule C", "{0}", RuleCategory.Custom, Severity.Info);

    [Test]
    public void Every_string_from_the_input_is_escaped_and_shown_as_the_text_it_was()
    {
        string path = "/threads/" + HostileInputs.SvgPayload + "thread.txt";
        var results = new[]
        {
            HostileInputs.CheckWithHostileFinding(HostileInputs.PlainText(), path),
            HostileInputs.CheckWithHostileFinding(HostileInputs.Html(), "/threads/page.html"),
            HostileInputs.Unreadable("/threads/" + HostileInputs.ImagePayload),
        };
        string title = "Report " + HostileInputs.StylePayload;

        string html = ReportDom.Write(results, new HtmlReportOptions { Title = title });
        var dom = ReportDom.Parse(html);

        foreach (string payload in HostileInputs.Payloads)
        {
            html.Should().NotContain(payload, "no payload reaches the markup unescaped");
        }

        ReportDom.ShouldHaveNoInjectedMarkup(dom);
        dom.Title.Should().Be(title);
        dom.QuerySelector("h1")!.TextContent.Should().Be(title);
        dom.QuerySelectorAll(".meta code").Select(c => c.TextContent).Should().Contain([path, "/threads/" + HostileInputs.ImagePayload]);
        dom.QuerySelectorAll(".post .author").Select(a => a.TextContent).Where(a => a == HostileInputs.Author).Should().HaveCount(2, "both threads name the hostile member");
        var planted = HostileInputs.Numbered(results).Where(x => x.Finding.Descriptor == HostileInputs.HostileRule).ToList();
        planted.Should().HaveCount(2);
        foreach (var (number, finding) in planted)
        {
            var item = dom.GetElementById($"f{number}")!;
            item.GetAttribute("data-rule").Should().Be(HostileInputs.HostileRule.Id);
            item.QuerySelector(".rule")!.TextContent.Should().Be(HostileInputs.HostileRule.Id);
            item.QuerySelector(".rule")!.GetAttribute("href").Should().StartWith("docs/rules/CC0666%22%3E%3Csvg");
            item.QuerySelector(".rule-title")!.TextContent.Should().Be(HostileInputs.HostileRule.Title);
            item.QuerySelector(".message")!.TextContent.Should().Be(finding.Message);
            ReportDom.MarkedText(dom, number, 0).Should().Be(finding.Location.Text);
        }

        dom.QuerySelectorAll("mark").Select(m => m.GetAttribute("title")).Should().Contain(t => t!.Contains(HostileInputs.TitlePayload + HostileInputs.StylePayload, StringComparison.Ordinal), "messages in tooltips stay text");
        dom.QuerySelectorAll(".filter-rule input").Select(i => i.GetAttribute("value")).Should().Contain(HostileInputs.HostileRule.Id);
        dom.Body!.TextContent.Should().Contain("the input is empty " + HostileInputs.TitlePayload);
    }

    [Test]
    public void Overlapping_and_nested_spans_become_segments_that_belong_to_every_finding_covering_them()
    {
        const string text = "Of the 120 patients, 45 (37.5%) improved and 30 did not.";
        var document = ClaimChecker.Parse(text, "overlap.txt");
        int at = text.IndexOf("120", StringComparison.Ordinal);
        var outer = Span(text, "120 patients, 45 (37.5%)");          // finding 1, primary
        var inner = Span(text, "45");                                 // finding 2, primary, nested in 1
        var crossing = Span(text, "(37.5%) improved and 30");        // finding 3, primary, crosses the end of 1
        var findings = new[]
        {
            new Finding(RuleA, Severity.Error, "outer", Location.In(document.Source, outer), []),
            new Finding(RuleB, Severity.Warning, "inner", Location.In(document.Source, inner), [Location.In(document.Source, Span(text, "30"))]),
            new Finding(RuleC, Severity.Info, "crossing", Location.In(document.Source, crossing), []),
        };
        var result = new CheckResult(new ReadResult("overlap.txt", document, []), null, [.. findings]);

        var dom = ReportDom.Parse(ReportDom.Write([result]));

        var marks = dom.QuerySelectorAll("mark").Select(m => (m.TextContent, m.GetAttribute("data-finding"), m.GetAttribute("data-severity"))).ToList();
        marks.Should().Equal(
            ("120 patients, ", "1", "error"),
            ("45", "1 2", "error"),
            (" ", "1", "error"),
            ("(37.5%)", "1 3", "error"),
            (" improved and ", "3", "info"),
            ("30", "2 3", "warning"));
        ReportDom.MarkedText(dom, 1, 0).Should().Be("120 patients, 45 (37.5%)");
        ReportDom.MarkedText(dom, 2, 0).Should().Be("45");
        ReportDom.MarkedText(dom, 2, 1).Should().Be("30");
        ReportDom.MarkedText(dom, 3, 0).Should().Be("(37.5%) improved and 30");
        dom.QuerySelector(".para")!.TextContent.Should().StartWith(text[..at] + "120 patients, 45 (37.5%) improved and 30", "references never split a highlight");
        dom.QuerySelectorAll("a.ref").Select(r => r.TextContent).Should().Equal("2", "1", "3");
        dom.QuerySelector("mark[data-finding='2 3']")!.ClassList.Should().NotContain("secondary", "it is finding 3's primary span");
        for (int n = 1; n <= 3; n++)
        {
            dom.GetElementById($"f{n}-l0").Should().NotBeNull();
            dom.QuerySelector($"#f{n} .locs a")!.GetAttribute("href").Should().Be($"#f{n}-l0");
        }
    }

    [Test]
    public void A_document_with_only_an_input_finding_lists_it_for_the_whole_input()
    {
        string missing = Path.Combine(Path.GetTempPath(), "claimcheck-missing-" + Guid.NewGuid().ToString("N") + ".txt");
        var result = ClaimChecker.CheckFile(missing);

        var dom = ReportDom.Parse(ReportDom.Write([result]));

        var finding = dom.GetElementById("f1")!;
        finding.GetAttribute("data-rule").Should().Be("CC9002");
        finding.GetAttribute("data-severity").Should().Be("error");
        finding.QuerySelector(".message")!.TextContent.Should().Be("the file does not exist");
        finding.QuerySelector(".locs")!.TextContent.Should().Be("the whole input");
        finding.QuerySelector(".rule")!.GetAttribute("href").Should().Be("docs/rules/CC9002.md");
        dom.QuerySelectorAll("mark, .post").Should().BeEmpty();
        dom.QuerySelector(".doc h2")!.TextContent.Should().Be(Path.GetFileName(missing));
        dom.QuerySelector(".meta")!.TextContent.Should().Contain("Unreadable").And.Contain("the file does not exist");
    }

    [Test]
    public void No_results_make_a_complete_page_with_no_documents_and_no_filters()
    {
        var dom = ReportDom.Parse(ReportDom.Write([]));

        dom.QuerySelector(".summary")!.TextContent.Should().Be("0 documents · 0 findings");
        dom.QuerySelectorAll(".doc, mark, .filters, input").Should().BeEmpty();
        dom.QuerySelectorAll("script").Should().ContainSingle();
        ReportDom.ShouldHaveNoInjectedMarkup(dom);
    }

    [Test]
    public void The_filters_offer_exactly_the_severities_and_rules_present_with_their_counts()
    {
        var results = new[] { "000_ee862e205fadbfc4.txt", "003_b2b854ce0c420455.txt" }.Select(f => ClaimChecker.CheckFile(Corpus.PathOf("seeds/" + f))).ToList();
        var findings = results.SelectMany(r => r.Findings).ToList();

        var dom = ReportDom.Parse(ReportDom.Write(results));

        var rules = dom.QuerySelectorAll(".filter-rule label").ToList();
        rules.Select(l => l.QuerySelector("input")!.GetAttribute("value")).Should().Equal(findings.Select(f => f.Id).Distinct().Order(StringComparer.Ordinal));
        rules.Select(l => l.TextContent.Trim()).Should().Equal(findings.GroupBy(f => f.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ({g.Count()})"));
        rules.Should().OnlyContain(l => l.QuerySelector("input")!.HasAttribute("checked"));
        dom.QuerySelectorAll(".filter-severity input").Select(i => i.GetAttribute("value")).Should().Equal(
            new[] { Severity.Error, Severity.Warning, Severity.Info }.Where(s => findings.Any(f => f.Severity == s)).Select(s => s.ToString().ToLowerInvariant()));
        dom.QuerySelectorAll("li.finding").Should().HaveCount(findings.Count);
        dom.QuerySelectorAll(".toc li").Should().HaveCount(2);
    }

    [Test]
    public void The_policy_allows_exactly_the_report_s_own_script_and_style_and_nothing_from_elsewhere()
    {
        var dom = ReportDom.Parse(ReportDom.Write([ClaimChecker.CheckFile(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt"))]));

        var policy = dom.Head!.QuerySelectorAll("meta[http-equiv='Content-Security-Policy']").Should().ContainSingle().Subject;
        dom.Head.FirstElementChild!.GetAttribute("charset").Should().Be("utf-8");
        dom.Head.Children[1].Should().BeSameAs(policy, "the policy comes before anything it governs");
        string csp = policy.GetAttribute("content")!;
        csp.Should().StartWith("default-src 'none';").And.Contain("base-uri 'none'").And.Contain("form-action 'none'");
        csp.Should().Contain($"script-src '{Sha256(dom.QuerySelector("script")!.TextContent)}';");
        csp.Should().Contain($"style-src '{Sha256(dom.QuerySelector("style")!.TextContent)}';");
        csp.Should().NotContain("unsafe").And.NotContain("http");
        dom.QuerySelector("script")!.HasAttribute("src").Should().BeFalse();
        ReportDom.ShouldHaveNoInjectedMarkup(dom);
    }

    [Test]
    public void Rule_links_follow_the_help_link_base_and_only_web_or_file_bases_are_accepted()
    {
        var result = ClaimChecker.CheckFile(Corpus.PathOf("seeds/003_b2b854ce0c420455.txt"));

        var dom = ReportDom.Parse(ReportDom.Write([result], new HtmlReportOptions { HelpLinkBase = new Uri("https://example.org/claimcheck/docs/rules/") }));
        dom.QuerySelector(".rule")!.GetAttribute("href").Should().Be("https://example.org/claimcheck/docs/rules/CC3003.md");

        var write = () => ReportDom.Write([result], new HtmlReportOptions { HelpLinkBase = new Uri("javascript:alert(1)//") });
        write.Should().Throw<ArgumentException>();
    }

    [Test]
    public void The_output_is_utf8_without_a_byte_order_mark_and_the_stream_stays_open()
    {
        using var stream = new MemoryStream();

        HtmlReportWriter.Write(stream, [ClaimChecker.Check("Le groupe placebo: 46,9 % — 数据", "x.txt")]);

        stream.CanWrite.Should().BeTrue();
        var bytes = stream.ToArray();
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes).Should().StartWith("<!DOCTYPE html>").And.Contain("— 数据");
    }

    private static TextSpan Span(string text, string part)
    {
        int at = text.IndexOf(part, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);
        return new TextSpan(at, part.Length);
    }

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
