using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClaimCheck.Tests.Parsing.Html;

/// <summary>
/// Token recall against magic-html's reference main text (../shared/data/forum-html/gold; skipped without it): the share of the
/// reference's lower-cased word tokens (as a multiset) found in the text of all blocks. The share of
/// our tokens found in the reference is printed too, for information.
/// </summary>
public sealed class GoldRecallTests
{
    private static readonly Regex Word = new(@"\w+", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Lazy<Dictionary<string, string>> Gold = new(() =>
    {
        using var json = JsonDocument.Parse(File.ReadAllText(HtmlPages.Shared("gold/magic-html-forum-base.json")));
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("content").GetString() ?? string.Empty);
    });

    // The minimum is the issue's target of 0.90, except where the reference keeps what the parser
    // must drop: on 566030b8 more than a tenth of the reference is the thread title, the title bar
    // of a quoted topic with its category badge (quote chrome), and a cookie-banner button.
    [TestCase("xenforo/marshallforum.com-be673eda133d.html", "be673eda133de3729a144d296b9adfb8b2e1178da8ff8e5fc3d5f72d8a67b807", 0.90)]
    [TestCase("discourse/forum.uipath.com-566030b8de34.html", "566030b8de34488d9e3be67dff3736021ba5733f50ef5a6a788680889a7c2e0c", 0.70)]
    [TestCase("discourse/forum.uipath.com-a11ddefa8af0.html", "a11ddefa8af004ec2f50799231071470d5535e24f09c560b3dc90c7367dde6b3", 0.90)]
    [TestCase("phpbb/forums.debian.net-5d5c1f0e282c.html", "5d5c1f0e282cdb389f98b0fd7b9f13de8f2f367de259dbd2f27b1a6b86dfdc09", 0.90)]
    [TestCase("vbulletin/worldaffairsboard.com-717e9d39a4c7.html", "717e9d39a4c7c938c24eb16eec0def5a55574d15e759824f1f2cda16f2a0c76b", 0.90)]
    public void Block_text_recalls_the_reference_text(string page, string goldId, double minimum)
    {
        var gold = Tokens(Gold.Value[goldId]);
        var ours = Tokens(HtmlPages.AllBlockText(HtmlPages.Read(HtmlPages.Shared(page))));

        int common = gold.Sum(g => Math.Min(g.Value, ours.GetValueOrDefault(g.Key)));
        double recall = (double)common / gold.Values.Sum();
        double precision = (double)common / Math.Max(1, ours.Values.Sum());
        var missing = gold.Select(g => (g.Key, Missing: g.Value - ours.GetValueOrDefault(g.Key))).Where(m => m.Missing > 0)
            .OrderByDescending(m => m.Missing).Take(12).Select(m => $"{m.Key}×{m.Missing}");
        TestContext.Out.WriteLine($"{Path.GetFileName(page)}: recall {recall:F3} ({common}/{gold.Values.Sum()}), precision {precision:F3} ({common}/{ours.Values.Sum()}); most missed: {string.Join(", ", missing)}");

        recall.Should().BeGreaterThanOrEqualTo(minimum);
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
}
