using ClaimCheck.Parsing.Layout;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing.PlainText;

/// <summary>
/// Rejoins the lines of one paragraph in hard-wrapped text (a text browser's dump, an e-mail digest), so that
/// a claim broken by a line break ("95% CI" / "0.65 to 4.34") is read as one line, and a wrapped line is
/// never judged alone (as chrome, or as a short heading). The wrap width is the text's own: the widest line
/// end, when enough lines reach close to it. A line was wrapped when the next line's first word would not
/// have fitted after it.
/// </summary>
internal static class HardWrap
{
    /// <summary>The text's wrap width in characters, or 0 when it is not hard-wrapped (one pass over the text).</summary>
    internal static int Width(string text, List<LayoutLine> lines)
    {
        int widest = 0, nonBlank = 0;
        foreach (var line in lines)
        {
            if (!line.IsBlank)
            {
                nonBlank++;
                widest = Math.Max(widest, EndColumn(text, line.Span));
            }
        }

        // Only widths of typed or dumped text; a browser copy has paragraphs of hundreds of characters on one line.
        if (widest is < 40 or > 160)
        {
            return 0;
        }

        int near = 0;
        foreach (var line in lines)
        {
            if (!line.IsBlank && EndColumn(text, line.Span) >= widest - 12)
            {
                near++;
            }
        }

        return near >= 3 && near * 20 >= nonBlank ? widest : 0;
    }

    /// <summary><paramref name="lines"/> with each wrapped line joined to the next (same quote, nothing but one line break between).</summary>
    internal static List<LayoutLine> Rejoin(string text, List<LayoutLine> lines, int width)
    {
        if (width == 0)
        {
            return lines;
        }

        var result = new List<LayoutLine>(lines.Count);
        foreach (var line in lines)
        {
            if (result.Count > 0 && Wrapped(text, result[^1], line, width))
            {
                result[^1] = result[^1] with { Span = TextSpan.FromBounds(result[^1].Span.Start, line.Span.End) };
            }
            else
            {
                result.Add(line);
            }
        }

        return result;
    }

    private static bool Wrapped(string text, LayoutLine previous, LayoutLine line, int width)
    {
        if (previous.IsBlank || line.IsBlank || !ReferenceEquals(previous.Quote, line.Quote) || line.Span.Start <= previous.Span.End)
        {
            return false;
        }

        int breaks = 0;
        for (int i = previous.Span.End; i < line.Span.Start; i++)
        {
            if (text[i] == '\n')
            {
                breaks++;
            }
        }

        if (breaks != 1)
        {
            return false;
        }

        int word = text.AsSpan(line.Span.Start, line.Span.Length).IndexOf(' ');
        int firstWord = word < 0 ? line.Span.Length : word;
        return EndColumn(text, previous.Span) + 1 + firstWord > width;
    }

    /// <summary>The column after the last character of <paramref name="span"/> on its last line (a rejoined span has several).</summary>
    private static int EndColumn(string text, TextSpan span)
    {
        int lineStart = span.End > 0 ? text.LastIndexOf('\n', span.End - 1) + 1 : 0;
        return span.End - lineStart;
    }
}
