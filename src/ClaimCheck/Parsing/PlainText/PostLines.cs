using ClaimCheck.Lexicons;
using ClaimCheck.Parsing.Layout;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing.PlainText;

/// <summary>
/// The layout lines of one post of a copied thread. Copied text has no markup, so the one structure read
/// here is the quoted post: a quote header of Lexicons/quote-headers.txt ("Name said:", "Name wrote:") over the quoted
/// lines, up to XenForo's "Click to expand..." or, without it, the first blank line. The quoted lines
/// belong to the quote; its header and "Click to expand..." are dropped.
/// </summary>
internal static class PostLines
{
    /// <summary>The lines <paramref name="lines"/>[<paramref name="from"/>..<paramref name="to"/>) with their quotes marked.</summary>
    /// <param name="text">The page's text.</param>
    /// <param name="lines">The page's lines.</param>
    /// <param name="from">The post's first content line.</param>
    /// <param name="to">The line after the post.</param>
    internal static List<LayoutLine> Read(string text, List<LayoutLine> lines, int from, int to)
    {
        var result = new List<LayoutLine>(to - from);
        for (int i = from; i < to; i++)
        {
            var line = lines[i];
            var t = text.AsSpan(line.Span.Start, line.Span.Length);
            if (!line.IsBlank && !LineCues.IsChrome(t) && QuoteHeader(t) is { } member)
            {
                i = ReadQuote(text, lines, i, to, new LayoutQuote(member, null), result);
            }
            else
            {
                result.Add(line);
            }
        }

        return result;
    }

    /// <summary>Adds the lines of the quote headed at <paramref name="header"/>; returns the index of the last line it takes.</summary>
    private static int ReadQuote(string text, List<LayoutLine> lines, int header, int to, LayoutQuote quote, List<LayoutLine> result)
    {
        int end = -1;
        for (int j = header + 1; j < to; j++)
        {
            if (!lines[j].IsBlank && text.AsSpan(lines[j].Span.Start, lines[j].Span.Length).StartsWith("Click to expand", StringComparison.OrdinalIgnoreCase))
            {
                end = j;
                break;
            }
        }

        int last = header;
        for (int j = header + 1; j < (end >= 0 ? end : to); j++)
        {
            if (lines[j].IsBlank)
            {
                if (end < 0 && last > header)
                {
                    break;
                }

                continue;
            }

            result.Add(lines[j] with { Quote = quote });
            last = j;
        }

        if (last == header)
        {
            // An empty quote leaves a blank line of its own, so that it still parts the text around it.
            result.Add(new LayoutLine(new TextSpan(lines[header].Span.End, 0), Quote: quote));
        }

        return end >= 0 ? end : last;
    }

    /// <summary>A quote header of Lexicons/quote-headers.txt ("Name said:", "Name wrote:", "Quote from: Name", "Originally Posted by Name") heading a quoted post: the member's name, else null.</summary>
    private static string? QuoteHeader(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd("↑ ").TrimEnd();
        if (text.Length > 90)
        {
            return null;
        }

        foreach (var (prefix, suffix) in Lexicon.QuoteHeaderNameParts)
        {
            if (text.Length > prefix.Length + suffix.Length && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var name = text[prefix.Length..^suffix.Length].Trim();
                // "Quote from: Name on March 3, 2024": the date after the name is not part of it.
                int on = name.IndexOf(" on ", StringComparison.Ordinal);
                if (prefix.Length > 0 && on > 0)
                {
                    name = name[..on];
                }

                if (!name.IsEmpty && name.Length <= 60 && LineCues.WordCount(name) <= 5 && !LineCues.EndsWithPunctuation(name))
                {
                    return name.ToString();
                }
            }
        }

        return null;
    }
}
