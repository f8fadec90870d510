using ClaimCheck.Documents;
using ClaimCheck.Parsing.Layout;

namespace ClaimCheck.Parsing.Html;

/// <summary>
/// Turns the runs of one post into blocks. Quotes come from the markup: a quote naming a member is a
/// quoted post, a quote naming none is article text. Inside article text and the member's own text
/// the line cues of the plain-text reader apply unchanged (a paper's title over an author list, the
/// headings of a structured abstract, a source line such as "Link | PDF (Journal)" naming the quoted
/// source), so a page reads the same whether it was saved as HTML or as text.
/// </summary>
internal sealed class PostSegmenter
{
    private readonly List<BlockPlan> _blocks = [];
    private readonly List<ParagraphPlan> _current = [];
    private BlockKind _mode = BlockKind.Commentary;
    private string? _section;
    private string? _quotedSource;

    /// <summary>An article quote that has just ended: a source line right after it names its source.</summary>
    private BlockPlan? _endedQuote;

    private PostSegmenter()
    {
    }

    internal static List<BlockPlan> Segment(IReadOnlyList<ContentRun> runs)
    {
        var segmenter = new PostSegmenter();
        foreach (var run in runs)
        {
            segmenter.Read(run);
        }

        segmenter.Flush();
        return segmenter._blocks;
    }

    private void Read(ContentRun run)
    {
        switch (run.Kind)
        {
            case BlockKind.QuotedPost:
                Begin(BlockKind.QuotedPost);
                _quotedSource = run.Source;
                foreach (var line in run.Lines)
                {
                    if (!LineCues.IsChrome(line.Text) && !line.IsLinkOnly)
                    {
                        Add(line, 0, line.Text.Length, line.IsListItem ? ParagraphKind.ListItem : ParagraphKind.Body, null);
                    }
                }

                Begin(BlockKind.Commentary);
                _endedQuote = null;
                break;
            case BlockKind.ArticleText:
                Begin(BlockKind.ArticleText);
                _quotedSource = run.Source;
                ReadLines(run.Lines, inQuote: true);
                int before = _blocks.Count;
                Begin(BlockKind.Commentary);
                _endedQuote = _blocks.Count > before ? _blocks[^1] : null;
                break;
            default:
                ReadLines(run.Lines, inQuote: false);
                break;
        }
    }

    private void ReadLines(List<ContentLine> lines, bool inQuote)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            string text = line.Text;
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
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            if (LineCues.IsTitleShaped(text) && LineCues.LexiconHeading(text) is null && next is not null && LineCues.IsAuthorList(next.Text))
            {
                Switch(BlockKind.ArticleText);
                Add(line, 0, text.Length, ParagraphKind.Title, null);
                Add(next, 0, next.Text.Length, ParagraphKind.Byline, null);
                i++;
                continue;
            }

            if (LineCues.LexiconHeading(text) is { } heading)
            {
                Switch(BlockKind.ArticleText);
                _section = heading;
                Add(line, 0, text.Length, ParagraphKind.Heading, heading);
                continue;
            }

            if ((LineCues.IsHeadingShaped(text) || line.IsHeading) && next is not null && LineCues.IsProse(next.Text, 15))
            {
                Switch(BlockKind.ArticleText);
                _section = text.TrimEnd(':');
                Add(line, 0, text.Length, ParagraphKind.Heading, _section);
                continue;
            }

            AddBody(line);
        }
    }

    private void AddBody(ContentLine line)
    {
        string text = line.Text;
        int start = 0;
        int headingLength = LineCues.InlineHeadingLength(text, out string? heading);
        if (headingLength > 0)
        {
            Switch(BlockKind.ArticleText);
            _section = heading;
            Add(line, 0, headingLength, ParagraphKind.Heading, heading);
            start = headingLength;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        int bullet = LineCues.BulletLength(text.AsSpan(start));
        if (bullet > 0 || line.IsListItem)
        {
            Add(line, start + bullet, text.Length, ParagraphKind.ListItem, _section);
            return;
        }

        Add(line, start, text.Length, ParagraphKind.Body, _mode == BlockKind.Commentary ? null : _section);
    }

    private void Add(ContentLine line, int start, int end, ParagraphKind kind, string? section)
    {
        if (end > start)
        {
            _current.Add(new ParagraphPlan(line, start, end, kind, section));
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
        if (_current.Exists(p => p.Kind is ParagraphKind.Body or ParagraphKind.ListItem or ParagraphKind.Title))
        {
            _blocks.Add(new BlockPlan(_mode, [.. _current]) { Source = _mode == BlockKind.Commentary ? null : _quotedSource });
        }

        _current.Clear();
        _quotedSource = null;
    }
}
