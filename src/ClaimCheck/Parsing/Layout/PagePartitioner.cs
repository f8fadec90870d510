using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing.Layout;

/// <summary>
/// Reads a news or article page saved as text: finds the article body (prose and the headings over
/// it) between the site's chrome, drops bibliographic metadata and repeated teasers, and splits the
/// body where its language changes (an abstract followed by its translation).
/// </summary>
internal static class PagePartitioner
{
    internal static ThreadDocument Parse(SourceText source, IReadOnlyList<LayoutLine> lines, ImmutableArray<Finding> inputFindings)
    {
        ReadOnlySpan<char> Text(int i) => source.AsSpan(lines[i].Span);

        int firstProse = -1;
        for (int i = 0; i < lines.Count && firstProse < 0; i++)
        {
            if (!lines[i].IsBlank && IsContentProse(Text(i)))
            {
                firstProse = i;
            }
        }

        if (firstProse < 0)
        {
            // No running text at all: keep every non-chrome line as one block of plain text.
            return PlainBlock(source, lines, inputFindings);
        }

        // Everything from the first end marker after the body starts ("Similar articles", "Comments (0)") is chrome.
        int end = lines.Count;
        for (int i = firstProse + 1; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank && LineCues.IsEndMarker(Text(i)))
            {
                end = i;
                break;
            }
        }

        bool bibliographic = false, chrome = end < lines.Count;
        string? title = null, source_ = null;
        for (int i = 0; i < firstProse; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            var t = Text(i);
            if (LineCues.IsBibliographic(t))
            {
                bibliographic = true;
                source_ ??= LineCues.JournalOfCitation(t);
                continue;
            }

            if (title is null && LineCues.WordCount(t) >= 4 && !LineCues.EndsWithPunctuation(t) && !LineCues.IsChrome(t) && !LineCues.IsBibliographic(t))
            {
                title = t.ToString();
            }
        }

        // Headings directly over the first prose ("Abstract") belong to the body.
        int start = firstProse;
        while (start > 0)
        {
            int previous = start - 1;
            while (previous >= 0 && lines[previous].IsBlank)
            {
                previous--;
            }

            if (previous < 0 || LineCues.LexiconHeading(Text(previous)) is null)
            {
                break;
            }

            start = previous;
        }

        // A paragraph printed twice is a teaser above the article or a repeated title: the last copy stands,
        // since that one sits under its heading.
        var lastCopy = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = start; i < end; i++)
        {
            if (!lines[i].IsBlank)
            {
                lastCopy[source.ToString(lines[i].Span)] = i;
            }
        }

        var paragraphs = new List<BlockFactory.ParagraphSpan>();
        string? section = null;
        for (int i = start; i < end; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            var t = Text(i);
            if (LineCues.IsChrome(t))
            {
                chrome = true;
                continue;
            }

            if (LineCues.IsBibliographic(t))
            {
                bibliographic = true;
                source_ ??= LineCues.JournalOfCitation(t);
                continue;
            }

            int next = NextNonBlank(lines, i, end);
            // "Source:" over "THE LANCET": a key and its value are metadata; the source is worth keeping.
            if (t.Length > 1 && t[^1] == ':' && LineCues.WordCount(t) <= 3 && LineCues.LexiconHeading(t) is null
                && next >= 0 && !IsContentProse(Text(next)))
            {
                if (source_ is null && (t.StartsWith("Source", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Journal", StringComparison.OrdinalIgnoreCase)))
                {
                    source_ = Text(next).ToString();
                }

                i = next;
                continue;
            }

            if (lastCopy[t.ToString()] != i)
            {
                continue;
            }

            if (LineCues.LexiconHeading(t) is { } heading)
            {
                section = heading;
                paragraphs.Add(new(ParagraphKind.Heading, lines[i].Span, heading));
                continue;
            }

            int headingLength = LineCues.InlineHeadingLength(t, out string? inline);
            if (headingLength > 0)
            {
                section = inline;
                paragraphs.Add(new(ParagraphKind.Heading, new TextSpan(lines[i].Span.Start, headingLength), inline));
                var rest = TextSpan.FromBounds(lines[i].Span.Start + headingLength, lines[i].Span.End);
                int skip = 0;
                while (skip < rest.Length && char.IsWhiteSpace(source.Text[rest.Start + skip]))
                {
                    skip++;
                }

                paragraphs.Add(new(ParagraphKind.Body, TextSpan.FromBounds(rest.Start + skip, rest.End), section));
                continue;
            }

            int bullet = LineCues.BulletLength(t);
            if (bullet > 0 && LineCues.WordCount(t) >= 4)
            {
                paragraphs.Add(new(ParagraphKind.ListItem, TextSpan.FromBounds(lines[i].Span.Start + bullet, lines[i].Span.End), section));
                continue;
            }

            if (IsContentProse(t))
            {
                paragraphs.Add(new(ParagraphKind.Body, lines[i].Span, section));
                continue;
            }

            if (LineCues.IsHeadingShaped(t) && next >= 0 && (IsContentProse(Text(next)) || LineCues.BulletLength(Text(next)) > 0))
            {
                section = t.TrimEnd(':').ToString();
                paragraphs.Add(new(ParagraphKind.Heading, lines[i].Span, section));
                continue;
            }

            // Short lines that neither head nor carry text are navigation ("See All", "[1]", tags).
            chrome = true;
        }

        chrome |= start > 0 && HasNonBlank(lines, 0, start, source);
        var kind = bibliographic ? DocumentKind.ArticlePage : chrome ? DocumentKind.NewsPage : DocumentKind.PlainText;
        var blocks = SplitByLanguage(source, paragraphs, source_);
        var posts = ImmutableArray.Create(new Post(1, null, null, blocks));
        return new ThreadDocument(source, kind, title, null, posts, inputFindings);
    }

    /// <summary>Running text: a sentence of six or more words, or a long run of words whatever its ending.</summary>
    private static bool IsContentProse(ReadOnlySpan<char> t)
        => !LineCues.IsChrome(t) && !LineCues.IsBibliographic(t) && (LineCues.IsProse(t, 6) || LineCues.WordCount(t) >= 25)
           && LineCues.LexiconHeading(t) is null;

    private static int NextNonBlank(IReadOnlyList<LayoutLine> lines, int i, int end)
    {
        for (int j = i + 1; j < end; j++)
        {
            if (!lines[j].IsBlank)
            {
                return j;
            }
        }

        return -1;
    }

    private static bool HasNonBlank(IReadOnlyList<LayoutLine> lines, int from, int to, SourceText source)
    {
        for (int i = from; i < to; i++)
        {
            if (!lines[i].IsBlank && source.AsSpan(lines[i].Span).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string? FirstLine(SourceText source, IReadOnlyList<LayoutLine> lines)
    {
        foreach (var line in lines)
        {
            if (!line.IsBlank)
            {
                return source.ToString(line.Span);
            }
        }

        return null;
    }

    /// <summary>One article block per run of paragraphs in one language (headings go with the text under them).</summary>
    private static ImmutableArray<Block> SplitByLanguage(SourceText source, List<BlockFactory.ParagraphSpan> paragraphs, string? quotedSource)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var run = new List<BlockFactory.ParagraphSpan>();
        string? runLanguage = null;
        foreach (var p in paragraphs)
        {
            string? language = p.Kind == ParagraphKind.Body ? ScriptDetector.Guess(source.AsSpan(p.Span)) : null;
            if (language is not null && runLanguage is not null && language != runLanguage && run.Count > 0)
            {
                // Headings at the end of the run belong to the next language's text.
                var carried = new List<BlockFactory.ParagraphSpan>();
                while (run.Count > 0 && run[^1].Kind == ParagraphKind.Heading)
                {
                    carried.Insert(0, run[^1]);
                    run.RemoveAt(run.Count - 1);
                }

                AddBlock(source, blocks, run, quotedSource);
                run = carried;
            }

            runLanguage = language ?? runLanguage;
            run.Add(p);
        }

        AddBlock(source, blocks, run, quotedSource);
        return blocks.ToImmutable();
    }

    private static void AddBlock(SourceText source, ImmutableArray<Block>.Builder blocks, List<BlockFactory.ParagraphSpan> run, string? quotedSource)
    {
        if (run.Exists(p => p.Kind is ParagraphKind.Body or ParagraphKind.ListItem))
        {
            blocks.Add(BlockFactory.Create(source, BlockKind.ArticleText, run, quotedSource));
        }

        run.Clear();
    }

    private static ThreadDocument PlainBlock(SourceText source, IReadOnlyList<LayoutLine> lines, ImmutableArray<Finding> inputFindings)
    {
        var paragraphs = new List<BlockFactory.ParagraphSpan>();
        foreach (var line in lines)
        {
            if (!line.IsBlank && !LineCues.IsChrome(source.AsSpan(line.Span)))
            {
                paragraphs.Add(new(ParagraphKind.Body, line.Span, null));
            }
        }

        var blocks = paragraphs.Count == 0 ? ImmutableArray<Block>.Empty : [BlockFactory.Create(source, BlockKind.ArticleText, paragraphs, null)];
        return new ThreadDocument(source, DocumentKind.PlainText, FirstLine(source, lines), null, [new Post(1, null, null, blocks)], inputFindings);
    }
}
