using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Tests.Parsing.PlainText;

/// <summary>
/// Text copies of the check-half forum pages (docs/accuracy/splits.md), made by tools/make-forum-text into
/// ../shared/data/forum-text/: the share of pages whose copy gives the posts and authors, in order, of the
/// truth (CopiedTextTruth.tsv, written by reading the pages). The floors are the figures measured once at the
/// end of issue 13 (docs/parsing.md), so that a change that loses pages fails here.
/// </summary>
public sealed class CopiedTextMeasureTests
{
    [TestCase("innertext", 0.29)]
    [TestCase("w3m", 0.11)]
    [TestCase("lynx", 0.11)]
    public void Check_half_copies_give_the_posts_and_authors_of_the_truth(string kind, double floor)
    {
        string folder = SharedData.Require(Path.Combine("forum-text", kind));
        var truth = ReadTruth();
        int right = 0;
        var report = new StringBuilder();
        foreach (var (page, authors) in truth)
        {
            string file = Path.Combine(folder, page + ".txt");
            var document = ClaimChecker.Parse(File.ReadAllText(file), file);
            var found = document.Kind == Documents.DocumentKind.ForumThread ? document.Posts.Select(p => p.Author ?? "?").ToList() : [];
            bool same = found.SequenceEqual(authors, StringComparer.Ordinal);
            right += same ? 1 : 0;
            report.AppendLine(CultureInfo.InvariantCulture, $"{(same ? "ok  " : "MISS")} {page}: {found.Count} posts, expected {authors.Count}");
        }

        double share = (double)right / truth.Count;
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: {right}/{truth.Count} = {share:P0}"));
        TestContext.Out.Write(report.ToString());
        share.Should().BeGreaterThanOrEqualTo(floor);
    }

    [Test]
    public void Every_truth_page_is_on_the_check_half()
    {
        foreach (var (page, _) in ReadTruth())
        {
            (SHA256.HashData(Encoding.UTF8.GetBytes(page))[0] % 2).Should().Be(1, $"{page} must be a check-half page");
        }
    }

    private static List<(string Page, List<string> Authors)> ReadTruth()
    {
        string path = Path.Combine(Corpus.RepositoryRoot, "tests", "ClaimCheck.Tests", "Parsing", "PlainText", "CopiedTextTruth.tsv");
        var rows = new List<(string, List<string>)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            int count = int.Parse(cells[1], CultureInfo.InvariantCulture);
            var authors = count == 0 ? [] : cells[2].Split('|').ToList();
            authors.Should().HaveCount(count, line);
            rows.Add((cells[0], authors));
        }

        return rows;
    }
}
