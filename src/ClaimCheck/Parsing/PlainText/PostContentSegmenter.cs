using System.Collections.Immutable;
using ClaimCheck.Documents;
using ClaimCheck.Parsing.Layout;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing.PlainText;

/// <summary>
/// Splits the lines of one forum post into blocks: the member's commentary, pasted article text
/// (opened by a paper title over an author list, or by a section heading over prose; closed by a
/// source line such as "Link | PDF (…)" or a bare URL), and quoted posts ("X said: … Click to
/// expand..."). Chrome lines (like lists, consent text) are skipped.
/// </summary>
internal sealed class PostContentSegmenter
{
    private readonly SourceText _source;
    private readonly List<LayoutLine> _lines;
    private readonly ImmutableArray<Block>.Builder _blocks = ImmutableArray.CreateBuilder<Block>();
    private readonly List<BlockFactory.ParagraphSpan> _current = [];
    private BlockKind _mode = BlockKind.Commentary;
    private string? _section;
    private string? _quotedSource;

    private PostContentSegmenter(SourceText source, List<LayoutLine> lines)
    {
        _source = source;
        _lines = lines;
    }

    /// <summary>The blocks of the post whose content lines are <paramref name="lines"/>[<paramref name="from"/>..<paramref name="to"/>).</summary>
    internal static ImmutableArray<Block> Segment(SourceText source, List<LayoutLine> lines, int from, int to)
    {
        var segmenter = new PostContentSegmenter(source, lines);
        segmenter.Run(from, to);
        return segmenter._blocks.ToImmutable();
    }

    private ReadOnlySpan<char> TextOf(int i) => _source.AsSpan(_lines[i].Span);

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

    private void Run(int from, int to)
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

            if (QuoteHeader(text) is { } member)
            {
                i = ReadQuotedPost(i, to, member);
                continue;
            }

            if (LineCues.SourceLine(text) is { } source)
            {
                if (_mode == BlockKind.ArticleText)
                {
                    _quotedSource = source;
                    Switch(BlockKind.Commentary);
                }

                continue;
            }

            int next = NextNonBlank(i, to);
            if (LineCues.IsTitleShaped(text) && LineCues.LexiconHeading(text) is null && next >= 0 && LineCues.IsAuthorList(TextOf(next)))
            {
                Switch(BlockKind.ArticleText);
                _current.Add(new(ParagraphKind.Title, line.Span, null));
                _current.Add(new(ParagraphKind.Byline, _lines[next].Span, null));
                i = next;
                continue;
            }

            if (LineCues.LexiconHeading(text) is { } heading)
            {
                Switch(BlockKind.ArticleText);
                _section = heading;
                _current.Add(new(ParagraphKind.Heading, line.Span, heading));
                continue;
            }

            if (LineCues.IsHeadingShaped(text) && next >= 0 && LineCues.IsProse(TextOf(next), 15))
            {
                Switch(BlockKind.ArticleText);
                _section = text.TrimEnd(':').ToString();
                _current.Add(new(ParagraphKind.Heading, line.Span, _section));
                continue;
            }

            AddBody(line.Span);
        }

        Flush();
    }

    private void AddBody(TextSpan span)
    {
        var text = _source.AsSpan(span);
        int headingLength = LineCues.InlineHeadingLength(text, out string? heading);
        if (headingLength > 0)
        {
            Switch(BlockKind.ArticleText);
            _section = heading;
            _current.Add(new(ParagraphKind.Heading, new TextSpan(span.Start, headingLength), heading));
            int rest = headingLength;
            while (rest < text.Length && char.IsWhiteSpace(text[rest]))
            {
                rest++;
            }

            span = TextSpan.FromBounds(span.Start + rest, span.End);
            text = _source.AsSpan(span);
        }

        int bullet = LineCues.BulletLength(text);
        if (bullet > 0)
        {
            _current.Add(new(ParagraphKind.ListItem, TextSpan.FromBounds(span.Start + bullet, span.End), _section));
            return;
        }

        _current.Add(new(ParagraphKind.Body, span, _mode == BlockKind.Commentary ? null : _section));
    }

    /// <summary>Reads a quoted post from its header line; returns the index of the last line consumed.</summary>
    private int ReadQuotedPost(int header, int to, string member)
    {
        Switch(BlockKind.QuotedPost);
        _quotedSource = member;
        // XenForo's copy ends a collapsed quote with "Click to expand..."; without it the quote runs to the first blank line.
        int end = -1;
        for (int j = header + 1; j < to; j++)
        {
            if (!_lines[j].IsBlank && TextOf(j).StartsWith("Click to expand", StringComparison.OrdinalIgnoreCase))
            {
                end = j;
                break;
            }
        }

        int last = header;
        for (int j = header + 1; j < (end >= 0 ? end : to); j++)
        {
            if (_lines[j].IsBlank)
            {
                if (end < 0 && _current.Count > 0)
                {
                    break;
                }

                continue;
            }

            _current.Add(new(ParagraphKind.Body, _lines[j].Span, null));
            last = j;
        }

        Switch(BlockKind.Commentary);
        return end >= 0 ? end : last;
    }

    /// <summary>"Name said:" (XenForo) or "Name wrote:" (phpBB, vBulletin) heading a quoted post: the member's name, else null.</summary>
    private static string? QuoteHeader(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd("↑ ").TrimEnd();
        foreach (var verb in (ReadOnlySpan<string>)[" said:", " wrote:"])
        {
            if (text.EndsWith(verb, StringComparison.Ordinal) && text.Length - verb.Length is > 0 and <= 60)
            {
                var name = text[..^verb.Length].Trim();
                if (LineCues.WordCount(name) <= 5 && !LineCues.EndsWithPunctuation(name))
                {
                    return name.ToString();
                }
            }
        }

        return null;
    }

    private void Switch(BlockKind mode)
    {
        if (mode == _mode)
        {
            return;
        }

        Flush();
        _mode = mode;
        _section = null;
    }

    private void Flush()
    {
        if (_current.Count > 0 && _current.Exists(p => p.Kind is ParagraphKind.Body or ParagraphKind.ListItem or ParagraphKind.Title))
        {
            _blocks.Add(BlockFactory.Create(_source, _mode, _current, _mode == BlockKind.Commentary ? null : _quotedSource));
        }

        _current.Clear();
        _quotedSource = null;
    }
}
