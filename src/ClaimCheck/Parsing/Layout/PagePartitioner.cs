using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing.Layout;

/// <summary>
/// Reads a news or article page from its lines (saved as text, or the visible lines of its HTML body):
/// finds the article body (prose and the headings over it) between the site's chrome, drops bibliographic
/// metadata and repeated teasers, and splits the body where its language changes (an abstract followed
/// by its translation). Each pass below reads the lines once.
/// </summary>
internal sealed class PagePartitioner
{
    private readonly SourceText _source;
    private readonly IReadOnlyList<LayoutLine> _lines;
    private readonly List<BlockFactory.ParagraphSpan> _paragraphs = [];
    private string? _title;

    /// <summary>The work the page is about, from a citation line or a "Source:" key: the article blocks' source.</summary>
    private string? _quotedSource;

    /// <summary>True once a bibliographic line is seen: the page is a scholarly article page.</summary>
    private bool _bibliographic;

    /// <summary>True once site chrome is seen around the body: the page is a news page rather than plain text.</summary>
    private bool _chrome;

    private PagePartitioner(SourceText source, IReadOnlyList<LayoutLine> lines)
    {
        _source = source;
        _lines = lines;
    }

    /// <summary>The document of a page without posts whose lines are <paramref name="lines"/> (spans into <paramref name="source"/>).</summary>
    internal static ThreadDocument Parse(SourceText source, IReadOnlyList<LayoutLine> lines, ImmutableArray<Finding> inputFindings)
    {
        var page = new PagePartitioner(source, lines);
        int firstProse = page.FirstProse();
        if (firstProse < 0)
        {
            // No running text at all: keep every non-chrome line as one block of plain text.
            return PlainBlock(source, lines, inputFindings);
        }

        int end = page.EndOfBody(firstProse);
        page._chrome = end < lines.Count;
        page.ReadFrontMatter(firstProse);
        int start = page.StartOfBody(firstProse);
        page.ReadBody(start, end);
        page._chrome |= start > 0 && page.NextNonBlank(-1, start) >= 0;

        var kind = page._bibliographic ? DocumentKind.ArticlePage : page._chrome ? DocumentKind.NewsPage : DocumentKind.PlainText;
        var blocks = SplitByLanguage(source, page._paragraphs, page._quotedSource);
        var posts = ImmutableArray.Create(new Post(1, null, null, blocks));
        return new ThreadDocument(source, kind, page._title, null, posts, inputFindings);
    }

    private ReadOnlySpan<char> Text(int i) => _source.AsSpan(_lines[i].Span);

    private int NextNonBlank(int i, int end)
    {
        for (int j = i + 1; j < end; j++)
        {
            if (!_lines[j].IsBlank)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Pass 1: the first line of running text, or -1 when there is none.</summary>
    private int FirstProse()
    {
        for (int i = 0; i < _lines.Count; i++)
        {
            if (_lines[i].IsBlank)
            {
                continue;
            }

            // A line wrapped mid-sentence is running text when its run is ("… the pharynx during" / "upper gastrointestinal endoscopy.").
            int last = RunEnd(i, _lines.Count);
            if (IsContentProse(Text(i)) || (last > i && IsContentProse(RunText(i, last))))
            {
                return i;
            }

            i = last;
        }

        return -1;
    }

    /// <summary>Pass 2: everything from the first end marker after the body starts ("Similar articles", "Comments (0)") is chrome.</summary>
    private int EndOfBody(int firstProse)
    {
        for (int i = firstProse + 1; i < _lines.Count; i++)
        {
            if (!_lines[i].IsBlank && LineCues.IsEndMarker(Text(i)))
            {
                return i;
            }
        }

        return _lines.Count;
    }

    /// <summary>Pass 3: above the body, the title (the first line of four or more words that is not a sentence) and bibliographic lines.</summary>
    private void ReadFrontMatter(int firstProse)
    {
        for (int i = 0; i < firstProse; i++)
        {
            if (_lines[i].IsBlank)
            {
                continue;
            }

            var t = Text(i);
            if (LineCues.IsBibliographic(t))
            {
                _bibliographic = true;
                _quotedSource ??= LineCues.JournalOfCitation(t);
                continue;
            }

            if (_title is null && LineCues.WordCount(t) >= 4 && !LineCues.EndsWithPunctuation(t) && !LineCues.IsChrome(t))
            {
                _title = t.ToString();
            }
        }
    }

    /// <summary>Pass 4: headings directly over the first prose ("Abstract") belong to the body.</summary>
    private int StartOfBody(int firstProse)
    {
        int start = firstProse;
        while (start > 0)
        {
            int previous = start - 1;
            while (previous >= 0 && _lines[previous].IsBlank)
            {
                previous--;
            }

            if (previous < 0 || LineCues.LexiconHeading(Text(previous)) is null)
            {
                break;
            }

            start = previous;
        }

        return start;
    }

    /// <summary>
    /// Pass 5: for each paragraph text of the body, its last line. A paragraph printed twice is a teaser
    /// above the article or a repeated title: the last copy stands, since that one sits under its heading.
    /// </summary>
    private Dictionary<string, int> LastCopies(int start, int end)
    {
        var lastCopy = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = start; i < end; i++)
        {
            if (!_lines[i].IsBlank)
            {
                lastCopy[_source.ToString(_lines[i].Span)] = i;
            }
        }

        return lastCopy;
    }

    /// <summary>Pass 6: the body's paragraphs, headings and list items; metadata, repeated teasers and navigation are dropped.</summary>
    private void ReadBody(int start, int end)
    {
        var lastCopy = LastCopies(start, end);
        string? section = null;
        int readRun = -1;
        for (int i = start; i < end; i++)
        {
            if (_lines[i].IsBlank)
            {
                continue;
            }

            var t = Text(i);
            if (LineCues.IsChrome(t))
            {
                _chrome = true;
                continue;
            }

            if (LineCues.IsBibliographic(t))
            {
                _bibliographic = true;
                _quotedSource ??= LineCues.JournalOfCitation(t);
                continue;
            }

            int next = NextNonBlank(i, end);
            // "Source:" over "THE LANCET": a key and its value are metadata; the source is worth keeping.
            if (t.Length > 1 && t[^1] == ':' && LineCues.WordCount(t) <= 3 && LineCues.LexiconHeading(t) is null
                && next >= 0 && !IsContentProse(Text(next)))
            {
                if (_quotedSource is null && (t.StartsWith("Source", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Journal", StringComparison.OrdinalIgnoreCase)))
                {
                    _quotedSource = Text(next).ToString();
                }

                i = next;
                continue;
            }

            if (lastCopy[t.ToString()] != i)
            {
                continue;
            }

            var span = _lines[i].Span;
            if (LineCues.LexiconHeading(t) is { } heading)
            {
                section = heading;
                _paragraphs.Add(new(ParagraphKind.Heading, span, heading));
                continue;
            }

            int headingLength = LineCues.InlineHeadingLength(t, out string? inline);
            if (headingLength > 0)
            {
                section = inline;
                _paragraphs.Add(new(ParagraphKind.Heading, new TextSpan(span.Start, headingLength), inline));
                int skip = headingLength;
                while (skip < t.Length && char.IsWhiteSpace(t[skip]))
                {
                    skip++;
                }

                // "Background: Heavy exercise cause muscle damage associated with production of inflammatory" goes on below.
                int runEnd = RunEnd(i, end);
                _paragraphs.Add(new(ParagraphKind.Body, TextSpan.FromBounds(span.Start + skip, _lines[runEnd].Span.End), section));
                i = runEnd;
                continue;
            }

            if (i > readRun)
            {
                // Each run is read once: the lines of a run that is not prose are then taken one by one below.
                int last = RunEnd(i, end);
                readRun = last;
                if (last > i && IsContentProse(RunText(i, last)))
                {
                    // A sentence broken over lines (wrapped text, "kg/m" over a superscript "2", a stray ")") is one paragraph.
                    _paragraphs.Add(new(ParagraphKind.Body, TextSpan.FromBounds(span.Start, _lines[last].Span.End), section));
                    i = last;
                    continue;
                }
            }

            int bullet = LineCues.BulletLength(t);
            if (bullet > 0 && LineCues.WordCount(t) >= 4)
            {
                _paragraphs.Add(new(ParagraphKind.ListItem, TextSpan.FromBounds(span.Start + bullet, span.End), section));
                continue;
            }

            if (IsContentProse(t))
            {
                _paragraphs.Add(new(ParagraphKind.Body, span, section));
                continue;
            }

            if (LineCues.IsHeadingShaped(t) && next >= 0 && (IsContentProse(Text(next)) || LineCues.BulletLength(Text(next)) > 0))
            {
                section = t.TrimEnd(':').ToString();
                _paragraphs.Add(new(ParagraphKind.Heading, span, section));
                continue;
            }

            // Short lines that neither head nor carry text are navigation ("See All", "[1]", tags).
            _chrome = true;
        }
    }

    /// <summary>
    /// The last line of the run that starts at line <paramref name="i"/>: the lines after it, with no blank line
    /// between, into which its sentence goes on (see <see cref="GoesOn"/>).
    /// </summary>
    private int RunEnd(int i, int end)
    {
        int last = i;
        while (last + 1 < end && GoesOn(last, last + 1))
        {
            last++;
        }

        return last;
    }

    /// <summary>
    /// True when the sentence of line <paramref name="a"/> goes on in the next line <paramref name="b"/>: no
    /// blank line between, <paramref name="a"/> ends without sentence punctuation and <paramref name="b"/> does
    /// not start a sentence (it starts with a lower-case letter, a digit or a sign: a line wrapped mid-sentence,
    /// the sub- or superscript of "kg/m" printed on a line of its own, a stray ")"). Headings, list items, chrome
    /// and metadata never go on.
    /// </summary>
    private bool GoesOn(int a, int b)
    {
        if (_lines[a].IsBlank || _lines[b].IsBlank || _lines[b].IsHeading || _lines[b].IsListItem || _lines[a].IsHeading)
        {
            return false;
        }

        var first = Text(a);
        var next = Text(b);
        char end = first[^1], start = next[0];
        if (end is '.' or '!' or '?' or '。' or '！' or '？' or ':' || char.IsUpper(start) || (char.IsLetter(start) && !char.IsLower(start)))
        {
            return false;
        }

        return LineCues.LexiconHeading(next) is null && LineCues.LexiconHeading(first) is null && !LineCues.IsChrome(next) && !LineCues.IsBibliographic(next)
            && LineCues.BulletLength(next) == 0;
    }

    private string RunText(int first, int last)
    {
        var parts = new string[last - first + 1];
        for (int i = first; i <= last; i++)
        {
            parts[i - first] = Text(i).ToString();
        }

        return string.Join(' ', parts);
    }

    /// <summary>Running text: a sentence of six or more words, or a long run of words whatever its ending.</summary>
    private static bool IsContentProse(ReadOnlySpan<char> t)
        => !LineCues.IsChrome(t) && !LineCues.IsBibliographic(t) && (LineCues.IsProse(t, 6) || LineCues.WordCount(t) >= 25)
           && LineCues.LexiconHeading(t) is null;

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
