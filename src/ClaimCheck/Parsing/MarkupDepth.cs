namespace ClaimCheck.Parsing;

/// <summary>
/// Caps how deeply elements nest before the HTML parser sees a page: AngleSharp's tree construction walks
/// its stack of open elements, so 100,000 nested <c>&lt;div&gt;</c> cost minutes. Start tags past
/// <see cref="MaxDepth"/> open elements, and their end tags, are overwritten with spaces, which keeps every
/// offset (and so every location) of the page; their content stays, flattened into the deepest kept
/// element. Elements whose end tag is optional (<c>p</c>, <c>li</c>, <c>td</c> …) and void elements are not
/// counted, so long lists and tables are never touched. One linear pass.
/// </summary>
internal static class MarkupDepth
{
    /// <summary>The deepest nesting kept: far beyond any real page (forum quotes nest a few levels).</summary>
    internal const int MaxDepth = 256;

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        // End tag optional: closed by the parser when a sibling starts.
        "p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "option", "optgroup", "rb", "rt", "rtc", "rp", "colgroup", "caption",
        "html", "head", "body",
    };

    /// <summary>The page with the start and end tags past <see cref="MaxDepth"/> blanked, and how many start tags were; the page itself when none.</summary>
    internal static (string Html, int Flattened) Cap(string html)
    {
        // Cheap test first: a page with fewer start tags than the cap cannot exceed it.
        int opens = 0;
        for (int at = html.IndexOf('<'); at >= 0 && opens <= MaxDepth; at = html.IndexOf('<', at + 1))
        {
            opens++;
        }

        if (opens <= MaxDepth)
        {
            return (html, 0);
        }

        char[]? chars = null;
        var stack = new List<(string Name, bool Blanked)>();
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int depth = 0;
        int flattened = 0;
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            bool endTag = i + 1 < html.Length && html[i + 1] == '/';
            int nameStart = i + (endTag ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            int close = TagEnd(html, nameEnd);
            string name = html[nameStart..nameEnd];
            if (!endTag && name.ToLowerInvariant() is "script" or "style" or "textarea" or "title" or "xmp" or "plaintext")
            {
                // Raw text: no tags inside.
                int end = name.Equals("plaintext", StringComparison.OrdinalIgnoreCase) ? -1 : html.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }

            if (NotCounted.Contains(name) || (!endTag && close > 1 && html[close - 2] == '/'))
            {
                i = close;
                continue;
            }

            if (!endTag)
            {
                bool blank = depth >= MaxDepth;
                if (blank)
                {
                    Blank(ref chars, html, i, close);
                    flattened++;
                }
                else
                {
                    depth++;
                }

                stack.Add((name, blank));
                open[name] = open.GetValueOrDefault(name) + 1;
            }
            else if (open.GetValueOrDefault(name) > 0)
            {
                // The parser closes every element above the one this end tag names.
                for (int k = stack.Count - 1; k >= 0; k--)
                {
                    var (top, blanked) = stack[k];
                    stack.RemoveAt(k);
                    open[top]--;
                    if (!blanked)
                    {
                        depth--;
                    }

                    if (top.Equals(name, StringComparison.OrdinalIgnoreCase))
                    {
                        if (blanked)
                        {
                            Blank(ref chars, html, i, close);
                        }

                        break;
                    }
                }
            }

            i = close;
        }

        return chars is null ? (html, 0) : (new string(chars), flattened);
    }

    /// <summary>The index after the tag's closing '&gt;' (quoted attribute values may hold one), or the end.</summary>
    private static int TagEnd(string html, int from)
    {
        char quote = '\0';
        for (int i = from; i < html.Length; i++)
        {
            char c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    private static void Blank(ref char[]? chars, string html, int start, int end)
    {
        chars ??= html.ToCharArray();
        chars.AsSpan(start, end - start).Fill(' ');
    }
}
