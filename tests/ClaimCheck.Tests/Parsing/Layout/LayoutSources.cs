using ClaimCheck.Parsing.Html;
using ClaimCheck.Parsing.Html.Profiles;
using ClaimCheck.Parsing.Layout;
using ClaimCheck.Parsing.PlainText;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Parsing.Layout;

/// <summary>Layout lines of small constructed posts, read the way each front end reads a page.</summary>
internal static class LayoutSources
{
    /// <summary>The lines of the one post of <paramref name="text"/> (copied text, no post headers): quotes marked.</summary>
    internal static (string Text, List<LayoutLine> Lines) FromText(string text)
    {
        var lines = TextLines.Split(text);
        return (text, PostLines.Read(text, lines, 0, lines.Count));
    }

    /// <summary>The lines of <c>.bbWrapper</c> in XenForo markup: <paramref name="body"/> is the post's inner HTML.</summary>
    internal static (string Text, List<LayoutLine> Lines) FromXenForo(string body)
    {
        string html = $"<html><body><div class=\"bbWrapper\">{body}</div></body></html>";
        var locator = new SourceLocator(html);
        var document = HtmlDom.Parse(html, locator);
        var root = Dom.First(document, e => Dom.HasClass(e, "bbWrapper"))!;
        var content = ContentWalker.Walk(new XenForoProfile(), locator, [root]);
        return (content.Text, content.Lines);
    }

    /// <summary>Lines written by hand: each entry's text, joined by line breaks, with the given flags.</summary>
    internal static (string Text, List<LayoutLine> Lines) Constructed(params (string Text, LayoutLine Flags)[] entries)
    {
        var text = new System.Text.StringBuilder();
        var lines = new List<LayoutLine>();
        foreach (var (line, flags) in entries)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            lines.Add(flags with { Span = new TextSpan(text.Length, line.Length) });
            text.Append(line);
        }

        return (text.ToString(), lines);
    }

    /// <summary>The text of a span of the layout text.</summary>
    internal static string Of(string text, TextSpan span) => text.Substring(span.Start, span.Length);
}
