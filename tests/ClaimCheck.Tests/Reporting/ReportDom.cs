using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

/// <summary>Writes reports and checks the documents they become, for the writer's tests with and without a browser.</summary>
internal static class ReportDom
{
    /// <summary>The report's markup as written.</summary>
    internal static string Write(IEnumerable<CheckResult> results, HtmlReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        if (options is null)
        {
            HtmlReportWriter.Write(stream, results);
        }
        else
        {
            HtmlReportWriter.Write(stream, results, options);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Parses markup as a browser would (without running scripts).</summary>
    internal static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The concatenated text of the highlighted segments of location <paramref name="location"/> of finding <paramref name="number"/>.</summary>
    internal static string MarkedText(IDocument dom, int number, int location)
    {
        string key = $"{number}.{location}";
        return string.Concat(dom.QuerySelectorAll("mark[data-loc]")
            .Where(m => m.GetAttribute("data-loc")!.Split(' ').Contains(key))
            .Select(m => m.TextContent));
    }

    /// <summary>
    /// Asserts that nothing in <paramref name="dom"/> came from the input as markup: one script and one
    /// style (the report's own), no element that loads or runs anything, no event-handler attribute and no
    /// link other than in-page anchors and rule pages.
    /// </summary>
    internal static void ShouldHaveNoInjectedMarkup(IDocument dom)
    {
        dom.QuerySelectorAll("script").Should().ContainSingle("only the report's own script");
        dom.QuerySelectorAll("style").Should().ContainSingle("only the report's own stylesheet");
        dom.QuerySelectorAll("img, svg, iframe, object, embed, link, base, form, input:not([type=checkbox]), meta[http-equiv=refresh]").Should().BeEmpty();
        dom.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Should().BeEmpty();
        foreach (var link in dom.QuerySelectorAll("a"))
        {
            string href = link.GetAttribute("href") ?? "";
            (href.StartsWith('#') || href.StartsWith("docs/rules/", StringComparison.Ordinal)).Should().BeTrue($"'{href}' is an in-page or rule link");
        }
    }
}
