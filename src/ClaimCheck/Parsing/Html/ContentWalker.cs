using System.Text;
using AngleSharp.Dom;
using ClaimCheck.Parsing.Html.Profiles;
using ClaimCheck.Parsing.Layout;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing.Html;

/// <summary>
/// Walks the elements that hold one post's text (with an explicit stack) and turns them into layout lines
/// of visible text, each marked with what the markup says (heading, list item, only links) and the quote
/// it is in. White space is collapsed as a browser would (U+00A0 and U+2009 are kept); chrome elements
/// are skipped; every piece of text remembers where in the page it came from.
/// </summary>
internal sealed class ContentWalker
{
    private readonly HtmlProfile _profile;
    private readonly SourceLocator _locator;
    private readonly StringBuilder _text = new();
    private readonly List<LayoutLine> _lines = [];
    private readonly List<TextPiece[]> _linePieces = [];
    private readonly Stack<(LayoutQuote? Quote, int FirstLine)> _quotes = new();
    private readonly List<TextPiece> _pieces = [];
    private readonly List<RawSegment> _segments = [];
    private int _heading, _listItem, _pre, _anchor, _anchors;
    private bool _pendingSpace, _lineIsHeading, _lineIsListItem, _skippedSincePiece;
    private int _lastElementStart;

    private ContentWalker(HtmlProfile profile, SourceLocator locator)
    {
        _profile = profile;
        _locator = locator;
    }

    [Flags]
    private enum Exit
    {
        None = 0,
        EndLine = 1,
        EndQuote = 2,
        EndHeading = 4,
        EndListItem = 8,
        EndPre = 16,
        EndAnchor = 32,
    }

    private readonly record struct Frame(INode Node, int Next, Exit Exit, int OuterAnchor);

    /// <summary>The lines of the post whose text is under <paramref name="roots"/>.</summary>
    /// <param name="profile">The page's profile (chrome and quote rules).</param>
    /// <param name="locator">Finds where text nodes came from.</param>
    /// <param name="roots">The elements holding the post's text, in reading order.</param>
    internal static ContentLines Walk(HtmlProfile profile, SourceLocator locator, IEnumerable<IElement> roots)
    {
        var walker = new ContentWalker(profile, locator);
        walker._quotes.Push((null, 0));
        foreach (var root in roots)
        {
            walker.WalkRoot(root);
        }

        return new ContentLines(walker._text.ToString(), walker._lines, walker._linePieces);
    }

    private void WalkRoot(IElement root)
    {
        _lastElementStart = Math.Max(_lastElementStart, Dom.Position(root));
        var frames = new List<Frame> { new(root, 0, Exit.EndLine, 0) };
        EndLine();
        while (frames.Count > 0)
        {
            var frame = frames[^1];
            var children = frame.Node.ChildNodes;
            if (frame.Next >= children.Length)
            {
                frames.RemoveAt(frames.Count - 1);
                Leave(frame);
                continue;
            }

            frames[^1] = frame with { Next = frame.Next + 1 };
            switch (children[frame.Next])
            {
                case IText text:
                    AddText(text);
                    break;
                case IElement element:
                    int outerAnchor = _anchor;
                    var exit = Enter(element);
                    if (exit is { } e)
                    {
                        frames.Add(new Frame(element, 0, e, outerAnchor));
                    }

                    break;
            }
        }
    }

    /// <summary>Starts an element; returns what to do when it ends, or null to skip its content.</summary>
    private Exit? Enter(IElement element)
    {
        int position = Dom.Position(element);
        _lastElementStart = Math.Max(_lastElementStart, position);
        string name = element.LocalName;
        if (name == "br")
        {
            EndLine();
            return null;
        }

        if (Dom.IsInvisible(element) || _profile.IsChrome(element) || Dom.ClassContains(element, "signatur"))
        {
            if (Dom.IsBlockLevel(element))
            {
                EndLine();
            }

            _skippedSincePiece = true;
            return null;
        }

        var exit = Exit.None;
        if (_profile.AsQuote(element) is { } quote)
        {
            EndLine();
            _quotes.Push((new LayoutQuote(quote.Member, quote.Member is null ? quote.Source : null), _lines.Count));
            exit |= Exit.EndQuote;
        }

        if (Dom.IsBlockLevel(element))
        {
            EndLine();
            exit |= Exit.EndLine;
        }

        if (Dom.IsHeading(element))
        {
            _heading++;
            exit |= Exit.EndHeading;
        }
        else if (name == "li")
        {
            _listItem++;
            exit |= Exit.EndListItem;
        }
        else if (name is "pre")
        {
            _pre++;
            exit |= Exit.EndPre;
        }
        else if (name == "a" && element.HasAttribute("href"))
        {
            _anchor = ++_anchors;
            exit |= Exit.EndAnchor;
        }

        return exit;
    }

    private void Leave(Frame frame)
    {
        if ((frame.Exit & Exit.EndLine) != 0)
        {
            EndLine();
        }

        if ((frame.Exit & Exit.EndHeading) != 0)
        {
            _heading--;
        }

        if ((frame.Exit & Exit.EndListItem) != 0)
        {
            _listItem--;
        }

        if ((frame.Exit & Exit.EndPre) != 0)
        {
            _pre--;
        }

        if ((frame.Exit & Exit.EndAnchor) != 0)
        {
            _anchor = frame.OuterAnchor;
        }

        if ((frame.Exit & Exit.EndQuote) != 0)
        {
            EndLine();
            var (quote, firstLine) = _quotes.Pop();
            if (_lines.Count == firstLine)
            {
                // An empty quote (only images or chrome in it) leaves a blank line of its own, so that it still parts the text around it.
                AddLine(new LayoutLine(new TextSpan(_text.Length, 0), Quote: quote), []);
            }
        }
    }

    private void AddText(IText node)
    {
        string data = node.Data;
        bool blank = true;
        foreach (char c in data)
        {
            if (!Dom.IsCollapsible(c))
            {
                blank = false;
                break;
            }
        }

        if (blank)
        {
            foreach (char c in data)
            {
                Space(c);
            }

            return;
        }

        _segments.Clear();
        int fallback = node.ParentElement is { } parent && Dom.Position(parent) >= 0 ? Dom.Position(parent) : _lastElementStart;
        _locator.Locate(data, _lastElementStart, fallback, _segments);
        foreach (var segment in _segments)
        {
            AddSegment(data, segment);
        }
    }

    private void AddSegment(string data, RawSegment segment)
    {
        int start = segment.DataStart, end = segment.DataStart + segment.DataLength;
        bool mapped = segment.IsExact || segment.RawLength == 0;
        if (!mapped)
        {
            // A character reference or a CR LF pair: one piece for the lot, unless it is white space.
            string decoded = data.Substring(start, segment.DataLength);
            if (decoded.AsSpan().ContainsAnyExcept(" \t\n\f\r"))
            {
                AddPiece(decoded, segment.RawStart, segment.RawLength);
            }
            else
            {
                foreach (char c in decoded)
                {
                    Space(c);
                }
            }

            return;
        }

        int run = -1;
        for (int x = start; x < end; x++)
        {
            char c = data[x];
            if (!Dom.IsCollapsible(c))
            {
                if (run < 0)
                {
                    run = x;
                }

                continue;
            }

            // A single space between words stays inside the piece: fewer pieces, same mapping.
            if (c == ' ' && run >= 0 && x + 1 < end && !Dom.IsCollapsible(data[x + 1]))
            {
                continue;
            }

            if (run >= 0)
            {
                AddPiece(data[run..x], RawOf(segment, run), segment.IsExact ? x - run : 0);
                run = -1;
            }

            Space(c);
        }

        if (run >= 0)
        {
            AddPiece(data[run..end], RawOf(segment, run), segment.IsExact ? end - run : 0);
        }
    }

    private static int RawOf(RawSegment segment, int dataIndex)
        => segment.IsExact ? segment.RawStart + (dataIndex - segment.DataStart) : segment.RawStart;

    private void Space(char c)
    {
        if (_pre > 0 && c == '\n')
        {
            EndLine();
        }
        else if (_pieces.Count > 0)
        {
            _pendingSpace = true;
        }
    }

    private void AddPiece(string text, int rawStart, int rawLength)
    {
        if (_pieces.Count == 0)
        {
            _lineIsListItem = _listItem > 0;
        }
        else if (_pendingSpace && !(_skippedSincePiece && text[0] is '.' or ',' or ';' or ':' or '!' or '?' or ')'))
        {
            // The space before a dropped counter ("here 28 .") is not kept before the punctuation.
            _pieces.Add(TextPiece.Separator(_anchor));
        }

        _pendingSpace = false;
        _skippedSincePiece = false;
        _lineIsHeading |= _heading > 0;
        _pieces.Add(new TextPiece(text, rawStart, rawLength, _anchor));
    }

    /// <summary>Ends the current line: trims it, and adds it, in the quote it is in, unless it is empty.</summary>
    private void EndLine()
    {
        _pendingSpace = false;
        TrimEdges();
        if (_pieces.Count == 0)
        {
            _lineIsHeading = false;
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        int start = _text.Length;
        foreach (var piece in _pieces)
        {
            _text.Append(piece.Text);
        }

        var span = TextSpan.FromBounds(start, _text.Length);
        AddLine(new LayoutLine(span, _lineIsHeading, _lineIsListItem, IsLinkOnly(), _quotes.Peek().Quote), [.. _pieces]);
        _pieces.Clear();
        _lineIsHeading = false;
        _lineIsListItem = false;
    }

    private void AddLine(LayoutLine line, TextPiece[] pieces)
    {
        _lines.Add(line);
        _linePieces.Add(pieces);
    }

    /// <summary>Drops white space (no-break and thin spaces too) at both ends of the line.</summary>
    private void TrimEdges()
    {
        while (_pieces.Count > 0)
        {
            var first = _pieces[0];
            int cut = 0;
            while (cut < first.Text.Length && char.IsWhiteSpace(first.Text[cut]))
            {
                cut++;
            }

            if (cut == 0)
            {
                break;
            }

            if (cut == first.Text.Length)
            {
                _pieces.RemoveAt(0);
                continue;
            }

            bool exact = first.RawLength == first.Text.Length;
            _pieces[0] = first with { Text = first.Text[cut..], RawStart = exact ? first.RawStart + cut : first.RawStart, RawLength = exact ? first.RawLength - cut : first.RawLength };
        }

        while (_pieces.Count > 0)
        {
            var last = _pieces[^1];
            int keep = last.Text.Length;
            while (keep > 0 && char.IsWhiteSpace(last.Text[keep - 1]))
            {
                keep--;
            }

            if (keep == last.Text.Length)
            {
                break;
            }

            if (keep == 0)
            {
                _pieces.RemoveAt(_pieces.Count - 1);
                continue;
            }

            bool exact = last.RawLength == last.Text.Length;
            _pieces[^1] = last with { Text = last.Text[..keep], RawLength = exact ? keep : last.RawLength };
        }
    }

    /// <summary>
    /// True when the line is links and nothing else: every link's label is a URL or at most three
    /// words, and outside the links there are only separators and bracketed notes ("(Journal) [Open Access]").
    /// </summary>
    private bool IsLinkOnly()
    {
        var labels = new Dictionary<int, StringBuilder>();
        var outside = new StringBuilder();
        foreach (var piece in _pieces)
        {
            if (piece.Anchor > 0)
            {
                if (!labels.TryGetValue(piece.Anchor, out var label))
                {
                    labels[piece.Anchor] = label = new StringBuilder();
                }

                label.Append(piece.Text);
            }
            else
            {
                outside.Append(piece.Text);
            }
        }

        if (labels.Count == 0)
        {
            return false;
        }

        foreach (var label in labels.Values)
        {
            string text = label.ToString().Trim();
            bool url = text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
            if (!url && LineCues.WordCount(text) > 3)
            {
                return false;
            }
        }

        int depth = 0;
        foreach (char c in outside.ToString())
        {
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
