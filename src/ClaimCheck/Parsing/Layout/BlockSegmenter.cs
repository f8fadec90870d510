using ClaimCheck.Documents;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing.Layout;

/// <summary>
/// Splits the lines of one post into blocks, whatever the post was read from (HTML, copied text):
/// the member's commentary; pasted article text (a quote naming no member, or opened in the member's
/// own text by a paper's title over an author list, a section heading of the lexicon, or a short
/// heading over prose; closed by a source line such as "Link | PDF (Journal)" or a bare URL, which
/// names its source); and quoted posts (a quote naming a member). Chrome lines (like lists, consent
/// text) and lines of nothing but links are skipped.
/// </summary>
/// <remarks>
/// The lines are read in runs: consecutive lines of one quote, or of the post's own text. A line looks
/// ahead only within its run, so a heading never heads the text on the other side of a quote.
/// </remarks>
internal sealed class BlockSegmenter
{
    private readonly string _text;
    private readonly IReadOnlyList<LayoutLine> _lines;
    private readonly List<BlockPlan> _blocks = [];
    private readonly List<ParagraphPlan> _current = [];
    private BlockKind _mode = BlockKind.Commentary;
    private string? _section;
    private string? _quotedSource;

    /// <summary>An article quote that has just ended: a source line right after it names its source.</summary>
    private BlockPlan? _endedQuote;

    private BlockSegmenter(string text, IReadOnlyList<LayoutLine> lines)
    {
        _text = text;
        _lines = lines;
    }

    /// <summary>The blocks of the post whose lines are <paramref name="lines"/>.</summary>
    /// <param name="text">The layout text the lines' spans point into.</param>
    /// <param name="lines">The post's lines in reading order.</param>
    internal static List<BlockPlan> Segment(string text, IReadOnlyList<LayoutLine> lines)
    {
        var segmenter = new BlockSegmenter(text, lines);
        int start = 0;
        for (int i = 1; i <= lines.Count; i++)
        {
            if (i == lines.Count || !ReferenceEquals(lines[i].Quote, lines[start].Quote))
            {
                segmenter.ReadRun(start, i);
                start = i;
            }
        }

        segmenter.Flush();
        return segmenter._blocks;
    }

    private ReadOnlySpan<char> TextOf(int i) => _text.AsSpan(_lines[i].Span.Start, _lines[i].Span.Length);

    private void ReadRun(int from, int to)
    {
        var quote = _lines[from].Quote;
        if (quote is null)
        {
            ReadLines(from, to, inQuote: false);
        }
        else if (NextNonBlank(from - 1, to) < 0)
        {
            // An empty quote (only images or chrome in it) makes no block and leaves the block around it open.
        }
        else if (quote.Member is { } member)
        {
            ReadQuotedPost(member, from, to);
        }
        else
        {
            Begin(BlockKind.ArticleText);
            _quotedSource = quote.Source;
            ReadLines(from, to, inQuote: true);
            int before = _blocks.Count;
            Begin(BlockKind.Commentary);
            _endedQuote = _blocks.Count > before ? _blocks[^1] : null;
        }
    }

    /// <summary>A quoted post is one block of its lines as they stand; the cues of article text do not apply in it.</summary>
    private void ReadQuotedPost(string member, int from, int to)
    {
        Begin(BlockKind.QuotedPost);
        _quotedSource = member;
        for (int i = from; i < to; i++)
        {
            var line = _lines[i];
            if (!line.IsBlank && !line.IsLinkOnly && !LineCues.IsChrome(TextOf(i)))
            {
                Add(i, 0, line.Span.Length, line.IsListItem ? ParagraphKind.ListItem : ParagraphKind.Body, null);
            }
        }

        Begin(BlockKind.Commentary);
        _endedQuote = null;
    }

    private int NextNonBlank(int i, int to)
    {
        for (int j = i + 1; j < to; j++)
        {
            if (!_lines[j].IsBlank)
            {
                return j;
            }
        }

        return -1;
    }

    private void ReadLines(int from, int to, bool inQuote)
    {
        for (int i = from; i < to; i++)
        {
            var line = _lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            var text = TextOf(i);
            if (LineCues.IsChrome(text))
            {
                continue;
            }

            if (LineCues.SourceLine(text) is { } source)
            {
                if (_mode == BlockKind.ArticleText)
                {
                    _quotedSource = source;
                    if (!inQuote)
                    {
                        Switch(BlockKind.Commentary);
                    }
                }
                else if (_endedQuote is { Source: null } quote)
                {
                    quote.Source = source;
                }

                continue;
            }

            if (line.IsLinkOnly)
            {
                continue;
            }

            _endedQuote = null;
            int next = NextNonBlank(i, to);
            if (LineCues.IsTitleShaped(text) && LineCues.LexiconHeading(text) is null && next >= 0 && LineCues.IsAuthorList(TextOf(next)))
            {
                Switch(BlockKind.ArticleText);
                Add(i, 0, text.Length, ParagraphKind.Title, null);
                Add(next, 0, _lines[next].Span.Length, ParagraphKind.Byline, null);
                i = next;
                continue;
            }

            if (LineCues.LexiconHeading(text) is { } heading)
            {
                Switch(BlockKind.ArticleText);
                _section = heading;
                Add(i, 0, text.Length, ParagraphKind.Heading, heading);
                continue;
            }

            if ((LineCues.IsHeadingShaped(text) || line.IsHeading) && next >= 0 && LineCues.IsProse(TextOf(next), 15))
            {
                Switch(BlockKind.ArticleText);
                _section = text.TrimEnd(':').ToString();
                Add(i, 0, text.Length, ParagraphKind.Heading, _section);
                continue;
            }

            AddBody(i);
        }
    }

    private void AddBody(int i)
    {
        var line = _lines[i];
        var text = TextOf(i);
        int start = 0;
        int headingLength = LineCues.InlineHeadingLength(text, out string? heading);
        if (headingLength > 0)
        {
            Switch(BlockKind.ArticleText);
            _section = heading;
            Add(i, 0, headingLength, ParagraphKind.Heading, heading);
            start = headingLength;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        int bullet = LineCues.BulletLength(text[start..]);
        if (bullet > 0 || line.IsListItem)
        {
            Add(i, start + bullet, text.Length, ParagraphKind.ListItem, _section);
            return;
        }

        Add(i, start, text.Length, ParagraphKind.Body, _mode == BlockKind.Commentary ? null : _section);
    }

    /// <summary>Adds the part [<paramref name="start"/>, <paramref name="end"/>) of line <paramref name="i"/> as a paragraph.</summary>
    private void Add(int i, int start, int end, ParagraphKind kind, string? section)
    {
        if (end > start)
        {
            int at = _lines[i].Span.Start;
            _current.Add(new ParagraphPlan(i, new BlockFactory.ParagraphSpan(kind, TextSpan.FromBounds(at + start, at + end), section)));
        }
    }

    private void Switch(BlockKind mode)
    {
        if (mode != _mode)
        {
            Begin(mode);
        }
    }

    /// <summary>Closes the block being read and starts one of <paramref name="mode"/> (quotes always start a block of their own).</summary>
    private void Begin(BlockKind mode)
    {
        Flush();
        _mode = mode;
        _section = null;
    }

    private void Flush()
    {
        if (_current.Exists(p => p.Paragraph.Kind is ParagraphKind.Body or ParagraphKind.ListItem or ParagraphKind.Title))
        {
            _blocks.Add(new BlockPlan(_mode, [.. _current]) { Source = _mode == BlockKind.Commentary ? null : _quotedSource });
        }

        _current.Clear();
        _quotedSource = null;
    }
}
