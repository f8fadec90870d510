using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Parsing.Html;

/// <summary>
/// The check-half measurement of docs/parsing.md ("Discussion pages by structure"): posts, authors and quotes
/// against ThreadTruth.tsv (written by reading each page), and post text against magic-html's reference
/// text. The pages are third-party (../shared/data; skipped without it). The floors are the figures measured
/// once on the check half, so the tests guard against regressions; the issue's targets are in the doc.
/// </summary>
public sealed class ThreadTruthTests
{
    private static readonly Regex Word = new(@"\w+", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static string TruthPath(string file) => Path.Combine(Corpus.RepositoryRoot, "tests", "ClaimCheck.Tests", "Parsing", "Html", file);

    /// <summary>The 17 pages measured since session 4.</summary>
    private const string FirstTruth = "ThreadTruth.tsv";

    /// <summary>16 more check-half pages whose truth was written in session 6 before the parser was run on them.</summary>
    private const string FreshTruth = "ThreadTruthFresh.tsv";

    /// <summary>The 24 tune-half pages (session 7): tuning looks at them, so their figures measure nothing; the floor guards against regressions.</summary>
    private const string TuneTruth = "ThreadTruthTune.tsv";

    private static IEnumerable<Row> Rows(string file) => File.ReadLines(TruthPath(file))
        .Where(l => l.Length > 0 && l[0] != '#')
        .Select(l => l.Split('\t'))
        .Select(f => new Row(f[0], int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), Split(f[2]), f[3] == "-" ? [] : Split(f[3])));

    [Test]
    public void Every_truth_page_is_in_its_half_and_in_one_truth_file()
    {
        var pages = Rows(FirstTruth).Concat(Rows(FreshTruth)).Select(r => r.Page).ToList();
        pages.Should().OnlyContain(p => IsCheckHalf(Path.GetFileName(p)));
        pages.Should().OnlyHaveUniqueItems();
        var tune = Rows(TuneTruth).Select(r => r.Page).ToList();
        tune.Should().OnlyContain(p => !IsCheckHalf(Path.GetFileName(p)));
        tune.Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void Tune_half_pages_have_their_posts_authors_and_quotes()
    {
        var (right, recognised) = Measure(TuneTruth);
        right.Should().BeGreaterThanOrEqualTo(TunePagesRightFloor);
        recognised.Should().BeGreaterThanOrEqualTo(TuneQuotesFloor);
    }

    [Test]
    public void Check_half_pages_have_their_posts_authors_and_quotes()
    {
        var (right, recognised) = Measure(FirstTruth);
        right.Should().BeGreaterThanOrEqualTo(PagesRightFloor);
        recognised.Should().BeGreaterThanOrEqualTo(QuotesFloor);
    }

    [Test]
    public void Fresh_check_half_pages_have_their_posts_authors_and_quotes()
    {
        var (right, recognised) = Measure(FreshTruth);
        right.Should().BeGreaterThanOrEqualTo(FreshPagesRightFloor);
        recognised.Should().BeGreaterThanOrEqualTo(FreshQuotesFloor);
    }

    /// <summary>Reads every page of a truth file and prints one line per page; returns the pages right and the quotes recognised.</summary>
    private static (int Right, int Recognised) Measure(string file)
    {
        SharedData.Require("forum-html-more");
        int right = 0, pages = 0, quotes = 0, recognised = 0;
        foreach (var row in Rows(file))
        {
            var document = HtmlPages.Read(SharedData.Require(row.Page));
            var authors = document.Kind == DocumentKind.ForumThread ? document.Posts.Select(p => p.Author ?? string.Empty).ToList() : [];
            bool ok = authors.Count == row.Posts && authors.SequenceEqual(row.Authors);
            var found = document.Kind == DocumentKind.ForumThread
                ? document.Blocks.Where(b => b.Kind != BlockKind.Commentary).Select(b => b.Kind == BlockKind.QuotedPost ? b.QuotedSource! : "?").ToList()
                : [];
            int matched = 0;
            foreach (string quote in row.Quotes)
            {
                if (found.Remove(quote))
                {
                    matched++;
                }
            }

            pages++;
            right += ok ? 1 : 0;
            quotes += row.Quotes.Count;
            recognised += matched;
            TestContext.Out.WriteLine($"{(ok ? "ok  " : "MISS")} {Path.GetFileName(row.Page)}: {document.Kind}, {authors.Count}/{row.Posts} posts [{string.Join("|", authors)}]; quotes {matched}/{row.Quotes.Count}");
        }

        TestContext.Out.WriteLine($"{file}: pages right {right}/{pages}; quotes recognised {recognised}/{quotes}");
        return (right, recognised);
    }

    [Test]
    public void Check_half_post_text_against_the_reference()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.Require("forum-html/gold/magic-html-forum-base.json")));
        var gold = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("content").GetString() ?? string.Empty);
        var pages = Directory.EnumerateFiles(SharedData.Require("forum-html-more"), "*.html")
            .Concat(Directory.EnumerateFiles(SharedData.Require("forum-html"), "*.html", SearchOption.AllDirectories))
            .Where(p => IsCheckHalf(Path.GetFileName(p)))
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal);
        var recalls = new List<double>();
        var precisions = new List<double>();
        foreach (string page in pages)
        {
            var id = Regex.Match(Path.GetFileNameWithoutExtension(page), "-([0-9a-f]{12})$");
            if (!id.Success || gold.Keys.FirstOrDefault(k => k.StartsWith(id.Groups[1].Value, StringComparison.Ordinal)) is not { } key)
            {
                continue;
            }

            var reference = Tokens(gold[key]);
            var document = HtmlPages.Read(page);
            var ours = Tokens(HtmlPages.AllBlockText(document));
            int common = reference.Sum(g => Math.Min(g.Value, ours.GetValueOrDefault(g.Key)));
            double recall = (double)common / Math.Max(1, reference.Values.Sum());
            double precision = (double)common / Math.Max(1, ours.Values.Sum());
            recalls.Add(recall);
            precisions.Add(precision);
            TestContext.Out.WriteLine($"{Path.GetFileName(page)}: {document.Kind} recall {recall:F2} precision {precision:F2}");
        }

        double medianRecall = Median(recalls), medianPrecision = Median(precisions);
        TestContext.Out.WriteLine($"{recalls.Count} pages: median recall {medianRecall:F3}, median precision {medianPrecision:F3}");
        medianRecall.Should().BeGreaterThanOrEqualTo(RecallFloor);
        medianPrecision.Should().BeGreaterThanOrEqualTo(PrecisionFloor);
    }

    // The check-half figures of docs/parsing.md (session 6, commit ab13fd4: 13/17 pages and 18 quotes on the first
    // truth, 3/16 pages and 1 quote on the fresh one); regressions below these fail. 14 since the lead's fix of the
    // regression that run showed (an answer whose microdata names no member keeps its byline): not a measurement.
    private const int PagesRightFloor = 14;
    private const int QuotesFloor = 18;
    private const int FreshPagesRightFloor = 3;
    private const int FreshQuotesFloor = 1;
    // The tune half (session 7): 13/24 pages before its fixes, 16/24 after; tuned on, so a floor, not a measurement.
    private const int TunePagesRightFloor = 16;
    private const int TuneQuotesFloor = 5;
    private const double RecallFloor = 0.89;
    private const double PrecisionFloor = 0.95;

    private static bool IsCheckHalf(string name) => SHA256.HashData(Encoding.UTF8.GetBytes(name))[0] % 2 == 1;

    private static List<string> Split(string field) => [.. field.Split('|', StringSplitOptions.RemoveEmptyEntries)];

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static Dictionary<string, int> Tokens(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var match in Word.EnumerateMatches(text))
        {
            string token = text.Substring(match.Index, match.Length).ToLowerInvariant();
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }

    private sealed record Row(string Page, int Posts, List<string> Authors, List<string> Quotes);
}
