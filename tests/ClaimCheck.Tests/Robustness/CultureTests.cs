using System.Globalization;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Issue 15, item 10: every number in messages and reports is formatted with the invariant culture. Under
/// cultures with a decimal comma, other group separators and other signs the findings and every report are
/// byte-identical to the committed snapshot and to an invariant run.
/// </summary>
[NonParallelizable]
public sealed class CultureTests
{
    private static readonly string[] Cultures = ["de-DE", "fr-FR", "fa-IR"];

    [Test]
    public void Bundled_corpus_findings_are_the_snapshot_under_other_cultures()
    {
        string root = Corpus.Root;
        var files = new[] { "seeds", "seeds-html" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d)))
            .Where(p => !p.EndsWith("SOURCES.md", StringComparison.Ordinal)).ToList();
        string expected = File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "tests", "snapshots", "corpus.findings.txt")).ReplaceLineEndings("\n");
        foreach (string culture in Cultures)
        {
            string actual = Under(culture, () => FindingsSnapshot.Render(files, p => Path.GetRelativePath(root, p).Replace('\\', '/'), ClaimChecker.CheckFile));
            Differences(expected, actual).Should().BeEmpty($"under {culture}");
        }
    }

    [Test]
    public void Forum_page_findings_are_the_snapshot_under_german()
    {
        string root = SharedData.Require("forum-html");
        var files = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}gold{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();
        string expected = File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "tests", "snapshots", "forum-html.findings.txt")).ReplaceLineEndings("\n");

        string actual = Under("de-DE", () => FindingsSnapshot.Render(files, p => Path.GetRelativePath(root, p).Replace('\\', '/'), ClaimChecker.CheckFile));

        Differences(expected, actual).Should().BeEmpty();
    }

    [Test]
    public void Every_report_format_is_byte_identical_under_german()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Corpus.Root, "seeds")).Where(p => p.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        // Documents hold lazily computed text; each culture checks the files afresh.
        string Reports() => string.Join("\n--\n", Formats(files.Select(ClaimChecker.CheckFile).ToList()));

        string invariant = Under("", Reports);
        string german = Under("de-DE", Reports);

        Differences(invariant, german).Should().BeEmpty();
    }

    private static IEnumerable<string> Formats(List<CheckResult> results)
    {
        using (var json = new MemoryStream())
        {
            JsonReportWriter.Write(json, results);
            yield return System.Text.Encoding.UTF8.GetString(json.ToArray());
        }

        using (var sarif = new MemoryStream())
        {
            SarifReportWriter.Write(sarif, results);
            yield return System.Text.Encoding.UTF8.GetString(sarif.ToArray());
        }

        using (var html = new MemoryStream())
        {
            HtmlReportWriter.Write(html, results);
            yield return System.Text.Encoding.UTF8.GetString(html.ToArray());
        }

        var text = new StringWriter(CultureInfo.InvariantCulture);
        TextReportWriter.Write(text, results);
        yield return text.ToString();
    }

    private static T Under<T>(string culture, Func<T> work)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    /// <summary>The lines that differ (at most 10 each way), for a readable failure.</summary>
    private static List<string> Differences(string expected, string actual)
    {
        if (expected == actual)
        {
            return [];
        }

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var gone = e.Except(a).Take(10).Select(l => "- " + l);
        var added = a.Except(e).Take(10).Select(l => "+ " + l);
        var lines = gone.Concat(added).ToList();
        return lines.Count > 0 ? lines : ["the same lines in another order or count"];
    }
}
