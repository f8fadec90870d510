using System.Collections.Immutable;
using System.Net;
using ClaimCheck.Diagnostics;
using ClaimCheck.Parsing;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// Seed 000 with script-injection payloads planted in a member's name, in the sentences that findings
/// quote and highlight, and (for the HTML page) in the thread title and as live markup in a post. The
/// payloads would set the page title to PWNED or set <c>data-pwned</c> on the body if they ever ran.
/// </summary>
internal static class HostileInputs
{
    internal const string TitlePayload = "<script>document.title='PWNED'</script>";
    internal const string ImagePayload = "<img src=x onerror=\"document.body.dataset.pwned=1\">";
    internal const string LinkPayload = "<a href=\"javascript:document.title='PWNED'\">click</a>";
    internal const string StylePayload = "</style><script>document.body.dataset.pwned=1</script>";
    internal const string SvgPayload = "\"><svg onload=\"document.body.dataset.pwned=1\">";

    /// <summary>Every payload, each of which must come out as text.</summary>
    internal static readonly string[] Payloads = [TitlePayload, ImagePayload, LinkPayload, StylePayload, SvgPayload];

    /// <summary>The hostile author of post 1.</summary>
    internal const string Author = "fg" + ImagePayload;

    private const string Seed = "seeds/000_ee862e205fadbfc4.txt";
    private const string SeedHtml = "seeds-html/000_ee862e205fadbfc4.xenforo.html";

    /// <summary>The plain-text thread: payloads in the text exactly as a member typed them.</summary>
    internal static string PlainText()
    {
        string text = File.ReadAllText(Corpus.PathOf(Seed));
        text = ReplaceOnce(text, "After adjusting for China’s", "After adjusting for " + TitlePayload + " China’s");
        text = ReplaceOnce(text, "Three years post-treatment,", "Three years " + StylePayload + " post-treatment,");
        text = ReplaceOnce(text, "MSC treatment may offer potential benefits", "MSC treatment " + LinkPayload + " may offer potential benefits");
        text = ReplaceOnce(text, "in the placebo group showed normal", "in the placebo group " + SvgPayload + " showed normal");
        return text.Replace("forestglip", Author, StringComparison.Ordinal);
    }

    /// <summary>
    /// The XenForo page: the same payloads as the forum would save them (character references, which the
    /// parser decodes back to the payload text), plus live script and image elements in a post, which
    /// the parser must drop.
    /// </summary>
    internal static string Html()
    {
        string html = File.ReadAllText(Corpus.PathOf(SeedHtml));
        html = ReplaceOnce(html, "After adjusting for China’s", "After adjusting for " + Encode(TitlePayload) + " China’s");
        html = ReplaceOnce(html, "Three years post-treatment,", "Three years " + Encode(StylePayload) + " post-treatment,");
        html = ReplaceOnce(html, "MSC treatment may offer potential benefits", "MSC treatment " + Encode(LinkPayload) + " " + TitlePayload + ImagePayload + " may offer potential benefits");
        html = ReplaceOnce(html, "in the placebo group showed normal", "in the placebo group " + Encode(SvgPayload) + " showed normal");
        html = html.Replace("data-author=\"forestglip\"", "data-author=\"" + Encode(Author) + "\"", StringComparison.Ordinal);
        return html.Replace("Yuan et al | Science for ME</title>", "Yuan et al " + Encode(StylePayload) + " | Science for ME</title>", StringComparison.Ordinal);
    }

    /// <summary>A rule of the caller's own whose id, title and message are themselves payloads.</summary>
    internal static readonly RuleDescriptor HostileRule = new("CC0666" + SvgPayload, "Title " + ImagePayload, "{0}", RuleCategory.Custom, Severity.Error);

    /// <summary>
    /// Checks <paramref name="text"/> and adds a finding of <see cref="HostileRule"/> whose span runs from the
    /// svg payload back over the claim "34.48% (10/29)" (so it overlaps the CC1003 and CC3001 spans there)
    /// and whose message is a payload too.
    /// </summary>
    internal static CheckResult CheckWithHostileFinding(string text, string path)
    {
        var result = ClaimChecker.Check(text, path);
        var source = result.Document!.Source;
        int start = source.Text.IndexOf("34.48% (10/29)", StringComparison.Ordinal);
        int end = source.Text.IndexOf(SvgPayload, StringComparison.Ordinal) + SvgPayload.Length;
        start.Should().BeGreaterThan(0);
        end.Should().BeGreaterThan(start);
        var finding = new Finding(HostileRule, Severity.Error, "message " + TitlePayload + StylePayload, Location.In(source, TextSpan.FromBounds(start, end)), []);
        return result with { Findings = result.Findings.Add(finding) };
    }

    /// <summary>A result with no document: only a CC9002 input finding without a span.</summary>
    internal static CheckResult Unreadable(string path) => ClaimChecker.Check(
        new ReadResult(path, null, [Finding.Create(InputRules.Unreadable, Location.ForFile(path), "the input is empty " + TitlePayload)]),
        new ClaimCheck.Verification.Verifier());

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string ReplaceOnce(string text, string find, string replacement)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"the seed contains '{find}'");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }

    /// <summary>The finding numbers the report gives (1-based, across all results in order).</summary>
    internal static IEnumerable<(int Number, Finding Finding)> Numbered(IEnumerable<CheckResult> results) =>
        results.SelectMany(r => r.Findings).Select((f, i) => (i + 1, f));

    /// <summary>The locations of a finding, primary first.</summary>
    internal static ImmutableArray<Location> Locations(Finding finding) => finding.AdditionalLocations.Insert(0, finding.Location);
}
