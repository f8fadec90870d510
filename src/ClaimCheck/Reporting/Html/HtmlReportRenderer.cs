using System.Globalization;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Text;

namespace ClaimCheck.Reporting.Html;

/// <summary>
/// Writes one HTML report. Every string that comes from an input (text, paths, titles, authors,
/// messages, rule ids) goes through <see cref="HtmlText"/>; only the renderer's own constant markup is
/// written raw. Findings are numbered 1, 2, … across the whole report.
/// </summary>
internal sealed class HtmlReportRenderer(TextWriter output, HtmlReportOptions options)
{
    private static readonly Severity[] Severities = [Severity.Error, Severity.Warning, Severity.Info];

    private int _nextFinding = 1;

    internal void Render(IReadOnlyList<CheckResult> results)
    {
        Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"");
        Raw(HtmlReportAssets.ContentSecurityPolicy); // constant: no quotes or markup
        Raw("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"ClaimCheck\">\n<title>");
        Text(options.Title);
        Raw("</title>\n<style>");
        Raw(HtmlReportAssets.Style);
        Raw("</style>\n</head>\n<body>\n");
        Header(results);
        Raw("<main>\n");
        for (int i = 0; i < results.Count; i++)
        {
            Document(i + 1, results[i]);
        }

        Raw("</main>\n<footer>Written by ClaimCheck. Each rule id links to its page; line:column is in the original file.</footer>\n<script>");
        Raw(HtmlReportAssets.Script);
        Raw("</script>\n</body>\n</html>\n");
    }

    private void Header(IReadOnlyList<CheckResult> results)
    {
        var findings = results.SelectMany(r => r.Findings).ToList();
        Raw("<header class=\"top\">\n<h1>");
        Text(options.Title);
        Raw("</h1>\n<p class=\"summary\">");
        Text(Plural(results.Count, "document"));
        Raw(" · ");
        Text(Plural(findings.Count, "finding"));
        if (findings.Count > 0)
        {
            Raw(": ");
            Text(string.Join(", ", Severities.Select(s => (s, n: findings.Count(f => f.Severity == s))).Where(x => x.n > 0).Select(x => SeverityCount(x.s, x.n))));
        }

        Raw("</p>\n");
        if (findings.Count > 0)
        {
            Raw("<div class=\"filters\" role=\"group\" aria-label=\"Filters\">\n<fieldset class=\"filter-severity\"><legend>Severity</legend>");
            foreach (var severity in Severities)
            {
                int count = findings.Count(f => f.Severity == severity);
                if (count > 0)
                {
                    Raw("<label class=\"");
                    Raw(SeverityClass(severity));
                    Raw("\"><input type=\"checkbox\" name=\"severity\" value=\"");
                    Raw(SeverityName(severity));
                    Raw("\" checked> ");
                    Raw(SeverityName(severity));
                    Raw(" (");
                    Raw(count.ToString(CultureInfo.InvariantCulture));
                    Raw(")</label>");
                }
            }

            Raw("</fieldset>\n<fieldset class=\"filter-rule\"><legend>Rule</legend>");
            foreach (var rule in findings.GroupBy(f => f.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Raw("<label title=\"");
                Text(rule.First().Descriptor.Title);
                Raw("\"><input type=\"checkbox\" name=\"rule\" value=\"");
                Text(rule.Key);
                Raw("\" checked> ");
                Text(rule.Key);
                Raw(" (");
                Raw(rule.Count().ToString(CultureInfo.InvariantCulture));
                Raw(")</label>");
            }

            Raw("</fieldset>\n<span class=\"nojs\">The filters need JavaScript.</span>\n</div>\n");
        }

        if (results.Count > 1)
        {
            Raw("<nav class=\"toc\" aria-label=\"Documents\"><ol>");
            for (int i = 0; i < results.Count; i++)
            {
                Raw("<li><a href=\"#d");
                Raw((i + 1).ToString(CultureInfo.InvariantCulture));
                Raw("\">");
                Text(DocumentTitle(results[i]));
                Raw("</a> <span class=\"counts\">");
                Text(Plural(results[i].Findings.Length, "finding"));
                Raw("</span></li>");
            }

            Raw("</ol></nav>\n");
        }

        Raw("</header>\n");
    }

    private void Document(int number, CheckResult result)
    {
        string id = "d" + number.ToString(CultureInfo.InvariantCulture);
        var document = result.Document;
        int firstFinding = _nextFinding;
        _nextFinding += result.Findings.Length;
        var pieces = Pieces(document?.Source, result, firstFinding);

        Raw("<section class=\"doc\" id=\"");
        Raw(id);
        Raw("\">\n<header class=\"doc-head\"><h2>");
        Text(DocumentTitle(result));
        Raw("</h2>\n<dl class=\"meta\">");
        if (result.Path is not null)
        {
            Meta("File", () => { Raw("<code>"); Text(result.Path); Raw("</code>"); });
        }

        Meta("Kind", () => Text(KindName(document)));
        if (document?.Forum is { } forum)
        {
            Meta("Forum", () => Text(forum));
        }

        if (document is not null)
        {
            Meta("Posts", () => Raw(document.Posts.Length.ToString(CultureInfo.InvariantCulture)));
        }

        if (result.Read.Error is { } error)
        {
            Meta("Error", () => Text(error));
        }

        Raw("</dl></header>\n<div class=\"doc-body\">\n<div class=\"text\">\n");
        if (document is null)
        {
            Raw("<p class=\"empty\">Nothing could be read from this input.</p>\n");
        }
        else
        {
            foreach (var post in document.Posts)
            {
                Post(id, document, post, pieces);
            }

            if (document.Posts.IsEmpty)
            {
                Raw("<p class=\"empty\">No posts were found in this input.</p>\n");
            }
        }

        Raw("</div>\n");
        Findings(result, firstFinding, pieces);
        Raw("</div>\n</section>\n");
    }

    private void Post(string documentId, ThreadDocument document, Post post, PieceIndex pieces)
    {
        Raw("<article class=\"post\" id=\"");
        Raw(documentId);
        Raw("-p");
        Raw(post.Index.ToString(CultureInfo.InvariantCulture));
        Raw("\">\n");
        // A news or article page is one post without an author: a header would say nothing.
        if (document.Kind == DocumentKind.ForumThread || post.Author is not null || post.PostedAt is not null)
        {
            Raw("<header class=\"post-head\"><span class=\"post-no\">#");
            Raw(post.Index.ToString(CultureInfo.InvariantCulture));
            Raw("</span> <span class=\"author\">");
            Text(post.Author ?? "(no author named)");
            Raw("</span>");
            if (post.PostedAt is { } at)
            {
                Raw(" · <time datetime=\"");
                Text(at.ToString("O", CultureInfo.InvariantCulture));
                Raw("\">");
                Text(at.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
                Raw("</time>");
            }

            Raw("</header>\n");
        }

        if (post.Blocks.IsEmpty)
        {
            Raw("<p class=\"empty\">No text in this post.</p>\n");
        }

        foreach (var block in post.Blocks)
        {
            Raw("<section class=\"block block-");
            Raw(Camel(block.Kind.ToString()));
            Raw("\"");
            if (block.Language is { Length: >= 2 and <= 3 } language && language.All(char.IsAsciiLetterLower))
            {
                Raw(" lang=\"");
                Raw(language);
                Raw("\"");
            }

            Raw("><div class=\"block-label\">");
            Text(BlockLabel(document.Kind, block.Kind));
            if (block.QuotedSource is { } quoted)
            {
                Raw(" · ");
                Text(quoted);
            }

            Raw("</div>\n");
            foreach (var paragraph in block.Paragraphs)
            {
                Paragraph(document.Source, paragraph, pieces);
            }

            Raw("</section>\n");
        }

        Raw("</article>\n");
    }

    /// <summary>
    /// Writes a paragraph's text cut at every start and end of a location inside it, so that overlapping
    /// and nested spans become a row of non-overlapping segments, each marked with every finding it
    /// belongs to. An empty anchor stands where each location starts (the side list links to it), and a
    /// numbered reference to the side list follows each primary location, after any highlight around it.
    /// </summary>
    private void Paragraph(SourceText source, Paragraph paragraph, PieceIndex pieces)
    {
        var span = paragraph.Span;
        Raw("<p class=\"para para-");
        Raw(Camel(paragraph.Kind.ToString()));
        Raw("\">");
        var inside = pieces.Overlapping(span);
        if (inside.Count == 0)
        {
            Text(source.AsSpan(span));
            Raw("</p>\n");
            return;
        }

        var cuts = new SortedSet<int> { span.Start, span.End };
        foreach (var piece in inside)
        {
            cuts.Add(Math.Max(piece.Start, span.Start));
            cuts.Add(Math.Min(piece.End, span.End));
        }

        // One sweep over the cuts: the pieces are in order of (clipped) start, so each is taken up once, kept
        // while it covers the segment and dropped after its end. Scanning every piece at every cut was
        // quadratic in a paragraph of thousands of findings.
        var active = new List<Piece>();
        var covering = new List<Piece>();
        var pending = new List<Piece>();
        var primariesByEnd = inside.Where(p => p.Location == 0).ToLookup(p => p.End);
        int next = 0;
        int previous = -1;
        foreach (int cut in cuts)
        {
            if (previous >= 0)
            {
                active.RemoveAll(p => p.End <= previous);
                for (; next < inside.Count && Math.Max(inside[next].Start, span.Start) == previous; next++)
                {
                    var piece = inside[next];
                    if (!pieces.Shown[piece.Ordinal])
                    {
                        pieces.Shown[piece.Ordinal] = true;
                        Raw("<span class=\"anchor\" id=\"");
                        Raw(AnchorId(piece));
                        Raw("\"></span>");
                    }

                    if (piece.End > previous)
                    {
                        active.Add(piece);
                    }
                }

                // Every start and end is a cut, so a piece begun by now that has not ended covers the whole segment.
                if (active.Count == 0)
                {
                    Text(source.AsSpan(TextSpan.FromBounds(previous, cut)));
                }
                else
                {
                    covering.Clear();
                    covering.AddRange(active);
                    Mark(source, TextSpan.FromBounds(previous, cut), covering);
                }

                pending.AddRange(primariesByEnd[cut]);
                // A reference waits until no highlight continues past this cut, so that it never splits one.
                if (pending.Count > 0 && !ContinuesPast(cut))
                {
                    pending.ForEach(Ref);
                    pending.Clear();
                }
            }

            previous = cut;
        }

        pending.ForEach(Ref);
        Raw("</p>\n");

        // A piece begun at or before the cut that ends after it: one of the active ones, or one that starts at the cut.
        bool ContinuesPast(int cut)
        {
            if (active.Exists(p => p.End > cut))
            {
                return true;
            }

            for (int i = next; i < inside.Count && Math.Max(inside[i].Start, span.Start) <= cut; i++)
            {
                if (inside[i].End > cut)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private void Mark(SourceText source, TextSpan segment, List<Piece> covering)
    {
        covering.Sort((a, b) => (a.Number, a.Location).CompareTo((b.Number, b.Location)));
        var findings = covering.DistinctBy(p => p.Number).ToList();
        var severity = covering.Max(p => p.Finding.Severity);
        Raw("<mark class=\"");
        Raw(SeverityClass(severity));
        if (covering.All(p => p.Location != 0))
        {
            Raw(" secondary");
        }

        Raw("\" data-finding=\"");
        Raw(string.Join(' ', findings.Select(p => p.Number.ToString(CultureInfo.InvariantCulture))));
        Raw("\" data-rule=\"");
        Text(string.Join(' ', findings.Select(p => p.Finding.Id).Distinct(StringComparer.Ordinal)));
        Raw("\" data-severity=\"");
        Raw(SeverityName(severity));
        Raw("\" data-loc=\"");
        Raw(string.Join(' ', covering.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Number}.{p.Location}"))));
        Raw("\" title=\"");
        for (int i = 0; i < findings.Count; i++)
        {
            if (i > 0)
            {
                Raw("&#10;");
            }

            var finding = findings[i].Finding;
            Text(string.Create(CultureInfo.InvariantCulture, $"[{findings[i].Number}] {finding.Id} {SeverityName(finding.Severity)}: {finding.Message}"));
        }

        Raw("\">");
        Text(source.AsSpan(segment));
        Raw("</mark>");
    }

    private void Ref(Piece piece)
    {
        string number = piece.Number.ToString(CultureInfo.InvariantCulture);
        Raw("<a class=\"ref ");
        Raw(SeverityClass(piece.Finding.Severity));
        Raw("\" href=\"#f");
        Raw(number);
        Raw("\" data-finding=\"");
        Raw(number);
        Raw("\" title=\"");
        Text(piece.Finding.Id);
        Raw("\">");
        Raw(number);
        Raw("</a>");
    }

    private void Findings(CheckResult result, int firstFinding, PieceIndex pieces)
    {
        Raw("<aside class=\"findings\" aria-label=\"Findings\"><div class=\"findings-list\">\n<h3>Findings (");
        Raw(result.Findings.Length.ToString(CultureInfo.InvariantCulture));
        Raw(")</h3>\n");
        if (result.Findings.IsEmpty)
        {
            Raw("<p class=\"empty\">No findings.</p>\n</div></aside>\n");
            return;
        }

        Raw("<ol>\n");
        for (int i = 0; i < result.Findings.Length; i++)
        {
            var finding = result.Findings[i];
            int number = firstFinding + i;
            string n = number.ToString(CultureInfo.InvariantCulture);
            Raw("<li class=\"finding ");
            Raw(SeverityClass(finding.Severity));
            Raw("\" id=\"f");
            Raw(n);
            Raw("\" data-finding=\"");
            Raw(n);
            Raw("\" data-rule=\"");
            Text(finding.Id);
            Raw("\" data-severity=\"");
            Raw(SeverityName(finding.Severity));
            Raw("\">\n<div class=\"finding-head\"><span class=\"no\">");
            Raw(n);
            Raw("</span><span class=\"badge ");
            Raw(SeverityClass(finding.Severity));
            Raw("\">");
            Raw(SeverityName(finding.Severity));
            Raw("</span><a class=\"rule\" href=\"");
            Text(HelpLink(finding.Id));
            Raw("\">");
            Text(finding.Id);
            Raw("</a><span class=\"rule-title\">");
            Text(finding.Descriptor.Title);
            Raw("</span></div>\n<p class=\"message\">");
            Text(finding.Message);
            Raw("</p>\n<ul class=\"locs\">");
            var locations = finding.AdditionalLocations.IsDefault ? [finding.Location] : finding.AdditionalLocations.Insert(0, finding.Location);
            for (int k = 0; k < locations.Length; k++)
            {
                var location = locations[k];
                Raw("<li>");
                if (IsWholeInput(location))
                {
                    Raw("the whole input");
                }
                else
                {
                    string position = location.Describe();
                    bool shown = pieces.IsShown(number, k);
                    if (shown)
                    {
                        Raw("<a href=\"#");
                        Raw(AnchorId(number, k));
                        Raw("\">");
                        Raw(position);
                        Raw("</a>");
                    }
                    else
                    {
                        Raw(position);
                    }

                    Raw(" <q>");
                    Text(location.Text);
                    Raw("</q>");
                    if (!shown)
                    {
                        Raw(" <span class=\"empty\">(outside the text shown)</span>");
                    }
                }

                Raw("</li>");
            }

            Raw("</ul>\n</li>\n");
        }

        Raw("</ol>\n</div></aside>\n");
    }

    /// <summary>
    /// The highlightable locations of a result's findings: non-empty spans that lie in the document's text
    /// and whose text is the text there (a location from some other text is listed, not highlighted).
    /// </summary>
    private static PieceIndex Pieces(SourceText? source, CheckResult result, int firstFinding)
    {
        var pieces = new List<Piece>();
        if (source is not null)
        {
            for (int i = 0; i < result.Findings.Length; i++)
            {
                var finding = result.Findings[i];
                var locations = finding.AdditionalLocations.IsDefault ? [finding.Location] : finding.AdditionalLocations.Insert(0, finding.Location);
                for (int k = 0; k < locations.Length; k++)
                {
                    var location = locations[k];
                    if (!IsWholeInput(location) && location.Span.End <= source.Length && source.AsSpan(location.Span).SequenceEqual(location.Text))
                    {
                        pieces.Add(new Piece(location.Span.Start, location.Span.End, firstFinding + i, k, finding, 0));
                    }
                }
            }
        }

        return new PieceIndex(pieces);
    }

    private static bool IsWholeInput(Location location) => location.Span.IsEmpty;

    private static string AnchorId(Piece piece) => AnchorId(piece.Number, piece.Location);

    private static string AnchorId(int number, int location) => string.Create(CultureInfo.InvariantCulture, $"f{number}-l{location}");

    private string HelpLink(string id)
    {
        // The id is escaped as a path segment, so that even a caller's own rule id cannot form a scheme.
        string file = Uri.EscapeDataString(id) + ".md";
        return options.HelpLinkBase switch
        {
            null => "docs/rules/" + file,
            { IsAbsoluteUri: true } absolute => new Uri(absolute, file).AbsoluteUri,
            var relative => relative.OriginalString + file,
        };
    }

    private void Meta(string name, Action value)
    {
        Raw("<dt>");
        Raw(name);
        Raw("</dt><dd>");
        value();
        Raw("</dd>");
    }

    private static string DocumentTitle(CheckResult result) =>
        result.Document?.Title is { Length: > 0 } title ? title
        : result.Path is { } path ? Path.GetFileName(path) is { Length: > 0 } name ? name : path
        : "(untitled input)";

    private static string KindName(ThreadDocument? document) => document?.Kind switch
    {
        null => "Unreadable",
        DocumentKind.ForumThread => "Forum thread",
        DocumentKind.NewsPage => "News page",
        DocumentKind.ArticlePage => "Article page",
        _ => "Plain text",
    };

    private static string BlockLabel(DocumentKind document, BlockKind block) => block switch
    {
        BlockKind.ArticleText => document == DocumentKind.ForumThread ? "Quoted article text" : "Article text",
        BlockKind.QuotedPost => "Quoted post",
        _ => document == DocumentKind.ForumThread ? "Member's comment" : "Commentary",
    };

    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static string SeverityClass(Severity severity) => "sev-" + SeverityName(severity);

    private static string SeverityCount(Severity severity, int count) =>
        severity == Severity.Info ? $"{count} info" : Plural(count, SeverityName(severity));

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private void Raw(string markup) => output.Write(markup);

    private void Text(string? text) => HtmlText.Write(output, text);

    private void Text(ReadOnlySpan<char> text) => HtmlText.Write(output, text);
}
