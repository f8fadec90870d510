using System.Text;

namespace ClaimCheck.Parsing.Html;

/// <summary>
/// Cuts a long HTML page, read from a <see cref="TextReader"/>, into parts that are each a run of whole sibling
/// subtrees, before any DOM is built: one forward pass at the tokenizer's level (tags with their attributes, quoted
/// values that hold '&gt;', comments, doctype and bogus comments, CDATA in SVG and MathML, the raw text of
/// <c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c> …) that keeps the stack of open elements with the
/// tree builder's commonest implied ends (an open <c>p</c> closed by a block, <c>li</c> by <c>li</c>, cells by cells;
/// void elements; end tags without an open element ignored). Once a part holds about the part length, it ends after
/// the end tag of the shallowest block element seen in its last three quarters (a post, or the element holding the
/// posts), so that a part is never cut inside a post that is shorter than the part.
/// <para>
/// Each part but the first is given a prefix for the HTML reader to parse it on its own: the page's head elements
/// that the reader reads (title, meta, link, base, JSON-LD) and the start tags (with their attributes) of the
/// elements open at the cut, so that the thread profiles see the classes and attributes of the post's ancestors.
/// Only one part, and what has been read past it, is held at a time; the work is linear in the page.
/// </para>
/// </summary>
internal static class HtmlParts
{
    /// <summary>A part's most characters, as a multiple of the part length, when no element ends in it: then it is cut between two tokens, or inside one longer than that.</summary>
    internal const int CapFactor = 4;

    /// <summary>The head elements given to each part: at most this many characters of them.</summary>
    private const int MaxHeadPrefix = 1 << 16;

    /// <summary>One part: the HTML to parse (the prefix, then the page's text from <paramref name="Offset"/>) and where the part's own text starts in the page.</summary>
    /// <param name="Html">The prefix followed by the part's text.</param>
    /// <param name="PrefixLength">How many characters of <paramref name="Html"/> are the prefix (0 for the first part).</param>
    /// <param name="Index">0-based.</param>
    /// <param name="Offset">The offset of the part's first character in the whole page.</param>
    /// <param name="LinesBefore">Line breaks before it (as <see cref="Text.SourceText"/> counts them).</param>
    /// <param name="ColumnsBefore">Characters of its first line before it.</param>
    /// <param name="More">True when text follows the part.</param>
    /// <param name="Forced">True when the part reached the cap with no element ending in it and was cut between two tokens (or inside one).</param>
    internal readonly record struct Part(string Html, int PrefixLength, int Index, int Offset, int LinesBefore, int ColumnsBefore, bool More, bool Forced)
    {
        /// <summary>The part's own text (the page's characters), without the prefix.</summary>
        internal ReadOnlySpan<char> Text => Html.AsSpan(PrefixLength);
    }

    /// <summary>The parts of the page <paramref name="reader"/> gives, read lazily; one part, the whole text, when it is no longer than <paramref name="maxLength"/>.</summary>
    internal static IEnumerable<Part> Split(TextReader reader, int maxLength) => new Scanner(reader, maxLength).Parts();

    private readonly record struct Open(string Name, string? Tag);

    private sealed class Scanner(TextReader reader, int maxLength)
    {
        /// <summary>Void elements: never open.</summary>
        private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
        {
            "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
        };

        /// <summary>Elements whose content is raw text (or escapable raw text) for the tokenizer.</summary>
        private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
        {
            "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
        };

        /// <summary>Start tags that close an open <c>p</c> (the tree builder's "close a p element").</summary>
        private static readonly HashSet<string> ClosesP = new(StringComparer.Ordinal)
        {
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "ul", "li", "dd", "dt", "listing", "xmp", "plaintext",
        };

        /// <summary>Elements after whose end tag a part is never cut: inline and formatting elements, and the page's frame.</summary>
        private static readonly HashSet<string> NotACut = new(StringComparer.Ordinal)
        {
            "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "label", "mark", "nobr", "q", "rp", "rt",
            "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "html", "head", "body", "template",
        };

        /// <summary>The boundaries of "has an element in scope".</summary>
        private static readonly HashSet<string> Scope = new(StringComparer.Ordinal)
        {
            "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
        };

        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        private readonly List<Open> _stack = [];

        /// <summary>How many elements of each name are open: a name not open is never searched for.</summary>
        private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);
        private readonly StringBuilder _head = new();
        private char[] _buffer = new char[Math.Max(maxLength + 1, 4096)];
        private int _bufferStart;
        private int _filled;
        private bool _ended;
        private int _foreign;
        private bool _bodySeen;

        // The part being built.
        private int _partStart;
        private int _linesBefore;
        private int _columnsBefore;
        private int _index;
        private string _prefix = string.Empty;

        // The best place to end it so far: after the shallowest block end in the window, the latest of equal depth.
        private int _bestCut = -1;
        private int _bestDepth;
        private Open[] _bestStack = [];

        /// <summary>
        /// The deepest entry a search of the stack reaches: an element open below a thousand others is not looked for (as
        /// if not open), which keeps pages nested thousands deep linear; real pages nest tens deep.
        /// </summary>
        private int Floor => Math.Max(0, _stack.Count - 1024);

        private int Cap => (int)Math.Min((long)maxLength * CapFactor, int.MaxValue / 2);

        internal IEnumerable<Part> Parts()
        {
            int pos = 0;
            while (true)
            {
                if (!Ensure(pos))
                {
                    yield return Emit(pos, more: false, forced: false, null);
                    yield break;
                }

                int length = pos - _partStart;
                if (length >= maxLength && _bestCut > _partStart)
                {
                    yield return Emit(_bestCut, more: true, forced: false, _bestStack);
                    continue;
                }

                if (length >= Cap)
                {
                    // No element ended in four part lengths: cut here, between two tokens, with the elements open here.
                    yield return Emit(pos, more: true, forced: true, [.. _stack.Take(MarkupDepth.MaxDepth)]);
                    continue;
                }

                int next = Token(pos);
                if (next < 0 && pos > _partStart)
                {
                    // A token that would take the part past the cap: the part ends before it (the elements open there re-opened).
                    yield return Emit(pos, more: true, forced: false, [.. _stack.Take(MarkupDepth.MaxDepth)]);
                    continue;
                }

                if (next < 0)
                {
                    // One token longer than the cap (a comment, a script, a text without '<'): cut inside it and read on as text.
                    int cut = InsideCut(pos, _partStart + Cap);
                    yield return Emit(cut, more: true, forced: true, [.. _stack.Take(MarkupDepth.MaxDepth)]);
                    pos = cut;
                    continue;
                }

                pos = next;
            }
        }

        /// <summary>Reads one token at <paramref name="at"/> and updates the stack; the index after it, or -1 when it runs past the cap.</summary>
        private int Token(int at)
        {
            int limit = _partStart + Cap;
            if (At(at) != '<')
            {
                int lt = Find("<", at + 1, limit, ignoreCase: false);
                return lt == -2 ? -1 : lt < 0 ? End : lt;
            }

            if (StartsWith(at + 1, "!--"))
            {
                // "<!-->" and "<!--->" end at once.
                if (At(at + 4) == '>')
                {
                    return at + 5;
                }

                if (At(at + 4) == '-' && At(at + 5) == '>')
                {
                    return at + 6;
                }

                int end = Find("-->", at + 4, limit, ignoreCase: false);
                return end == -2 ? -1 : end < 0 ? End : end + 3;
            }

            char c = At(at + 1);
            if (c == '!' && _foreign > 0 && StartsWith(at + 2, "[CDATA["))
            {
                int end = Find("]]>", at + 9, limit, ignoreCase: false);
                return end == -2 ? -1 : end < 0 ? End : end + 3;
            }

            if (c is '!' or '?' || (c == '/' && !char.IsAsciiLetter(At(at + 2)) && At(at + 2) != '>'))
            {
                // Doctype and bogus comments end at the first '>'.
                int end = Find(">", at + 1, limit, ignoreCase: false);
                return end == -2 ? -1 : end < 0 ? End : end + 1;
            }

            if (c == '/' && At(at + 2) == '>')
            {
                return at + 3;
            }

            bool endTag = c == '/';
            int nameStart = at + (endTag ? 2 : 1);
            if (!char.IsAsciiLetter(At(nameStart)))
            {
                // A '<' that starts no tag is text.
                return at + 1;
            }

            int nameEnd = nameStart;
            while (nameEnd < limit && Ensure(nameEnd) && At(nameEnd) is not (' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>'))
            {
                nameEnd++;
            }

            var (tagEnd, selfClosing) = TagEnd(nameEnd, limit);
            if (tagEnd == -2)
            {
                return -1;
            }

            string name = Name(nameStart, nameEnd);
            if (endTag)
            {
                EndTag(name, tagEnd);
                return tagEnd;
            }

            return StartTag(name, at, tagEnd, selfClosing, limit);
        }

        private int StartTag(string name, int at, int tagEnd, bool selfClosing, int limit)
        {
            bool head = !_bodySeen;
            if (name == "body" || (head && !IsHeadContent(name)))
            {
                _bodySeen = true;
                head = false;
            }

            int depth = _stack.Count;
            if (_foreign == 0)
            {
                if (ClosesP.Contains(name))
                {
                    CloseInScope("p", buttonScope: true);
                }

                switch (name)
                {
                    case "li":
                        CloseListItem("li", "ul", "ol");
                        break;
                    case "dd" or "dt":
                        CloseListItem("dd", "dl");
                        CloseListItem("dt", "dl");
                        break;
                    case "td" or "th":
                        PopTo("td", "tr", "table");
                        PopTo("th", "tr", "table");
                        break;
                    case "tr":
                        PopTo("tr", "table", null);
                        break;
                    case "tbody" or "thead" or "tfoot":
                        PopTo("tbody", "table", null);
                        PopTo("thead", "table", null);
                        PopTo("tfoot", "table", null);
                        break;
                    case "option":
                        PopTop("option");
                        break;
                    case "optgroup":
                        PopTop("option");
                        PopTop("optgroup");
                        break;
                    case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when _stack.Count > 0 && _stack[^1].Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                        PopFrom(_stack.Count - 1);
                        break;
                }
            }

            if (_stack.Count < depth)
            {
                // Elements closed by this start tag (an unclosed li, p, cell): a place to cut, before the tag.
                Candidate(at);
            }

            if (head && name is "meta" or "link" or "base")
            {
                AppendHead(at, tagEnd);
            }

            if (Void.Contains(name) || (selfClosing && _foreign > 0))
            {
                return tagEnd;
            }

            if (_foreign == 0 && name == "plaintext")
            {
                Push(name, at, tagEnd);
                return End;
            }

            if (_foreign == 0 && RawText.Contains(name))
            {
                int close = RawEnd(name, tagEnd, limit);
                if (close == -2)
                {
                    return -1;
                }

                if (head && (name == "title" || (name == "script" && Slice(at, tagEnd).Contains("ld+json", StringComparison.OrdinalIgnoreCase))))
                {
                    AppendHead(at, close);
                }

                return close;
            }

            Push(name, at, tagEnd);
            if (name is "svg" or "math")
            {
                _foreign++;
            }

            return tagEnd;
        }

        private void EndTag(string name, int tagEnd)
        {
            if (name == "head")
            {
                _bodySeen = true;
            }

            if (_open.GetValueOrDefault(name) == 0)
            {
                return;
            }

            int found = -1;
            for (int k = _stack.Count - 1; k >= Floor; k--)
            {
                string open = _stack[k].Name;
                if (open == name)
                {
                    found = k;
                    break;
                }

                if (_foreign == 0 && (Scope.Contains(open) || (name == "p" && open == "button") || (name == "li" && open is "ul" or "ol")))
                {
                    break;
                }
            }

            if (found < 0)
            {
                return;
            }

            PopFrom(found);
            if (!NotACut.Contains(name))
            {
                Candidate(tagEnd);
            }
        }

        /// <summary>Notes <paramref name="cut"/>, where a block element has just ended, as the best place to end the part when it is in the window and no deeper than the best so far.</summary>
        private void Candidate(int cut)
        {
            int depth = _stack.Count;
            if (_foreign == 0 && cut - _partStart >= maxLength / 4 && (_bestCut <= _partStart || depth <= _bestDepth))
            {
                _bestCut = cut;
                _bestDepth = depth;
                // Only the elements the prefix re-opens (those under the depth cap, whose tags are kept).
                _bestStack = [.. _stack.Take(MarkupDepth.MaxDepth)];
            }
        }

        private static bool IsHeadContent(string name)
            => name is "html" or "head" or "meta" or "link" or "base" or "title" or "script" or "style" or "noscript" or "template";

        private void Push(string name, int at, int tagEnd)
        {
            // Only start tags the depth cap keeps are re-opened (deeper ones are blanked before parsing anyway).
            string? tag = _stack.Count < MarkupDepth.MaxDepth && tagEnd - at <= MaxHeadPrefix ? Slice(at, tagEnd).ToString() : null;
            _stack.Add(new Open(name, tag));
            _open[name] = _open.GetValueOrDefault(name) + 1;
        }

        private void PopFrom(int index)
        {
            for (int k = _stack.Count - 1; k >= index; k--)
            {
                string name = _stack[k].Name;
                _open[name]--;
                if (name is "svg" or "math" && _foreign > 0)
                {
                    _foreign--;
                }
            }

            _stack.RemoveRange(index, _stack.Count - index);
        }

        private void CloseInScope(string name, bool buttonScope)
        {
            if (_open.GetValueOrDefault(name) == 0)
            {
                return;
            }

            for (int k = _stack.Count - 1; k >= Floor; k--)
            {
                string open = _stack[k].Name;
                if (open == name)
                {
                    PopFrom(k);
                    return;
                }

                if (Scope.Contains(open) || (buttonScope && open == "button"))
                {
                    return;
                }
            }
        }

        /// <summary>Closes an open <paramref name="name"/> above the nearest of <paramref name="lists"/> (and above any other block but address, div and p).</summary>
        private void CloseListItem(string name, params string[] lists)
        {
            if (_open.GetValueOrDefault(name) == 0)
            {
                return;
            }

            for (int k = _stack.Count - 1; k >= Floor; k--)
            {
                string open = _stack[k].Name;
                if (open == name)
                {
                    PopFrom(k);
                    return;
                }

                if (Array.IndexOf(lists, open) >= 0 || Scope.Contains(open) || (ClosesP.Contains(open) && open is not ("address" or "div" or "p")))
                {
                    return;
                }
            }
        }

        /// <summary>Closes an open <paramref name="name"/> found before <paramref name="stopA"/> or <paramref name="stopB"/>.</summary>
        private void PopTo(string name, string stopA, string? stopB)
        {
            if (_open.GetValueOrDefault(name) == 0)
            {
                return;
            }

            for (int k = _stack.Count - 1; k >= Floor; k--)
            {
                string open = _stack[k].Name;
                if (open == name)
                {
                    PopFrom(k);
                    return;
                }

                if (open == stopA || open == stopB || open is "table" or "html")
                {
                    return;
                }
            }
        }

        private void PopTop(string name)
        {
            if (_stack.Count > 0 && _stack[^1].Name == name)
            {
                PopFrom(_stack.Count - 1);
            }
        }

        /// <summary>The end of a start tag whose name ends at <paramref name="from"/>: the index after its '&gt;' and whether it ends in "/&gt;"; -2 past the cap.</summary>
        private (int End, bool SelfClosing) TagEnd(int from, int limit)
        {
            // The tokenizer's attribute states: a quote counts only where a value starts.
            int i = from;
            while (true)
            {
                if (i >= limit)
                {
                    return (-2, false);
                }

                if (!Ensure(i))
                {
                    return (End, false);
                }

                char c = At(i);
                if (c == '>')
                {
                    return (i + 1, i > from && At(i - 1) == '/');
                }

                if (c is ' ' or '\t' or '\n' or '\f' or '\r' or '/')
                {
                    i++;
                    continue;
                }

                // An attribute name: up to white space, '/', '>' or '=' (a first '=' belongs to it).
                i++;
                while (Ensure(i) && At(i) is not (' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>' or '=') && i < limit)
                {
                    i++;
                }

                int j = i;
                while (Ensure(j) && At(j) is ' ' or '\t' or '\n' or '\f' or '\r')
                {
                    j++;
                }

                if (!Ensure(j) || At(j) != '=')
                {
                    i = j;
                    continue;
                }

                j++;
                while (Ensure(j) && At(j) is ' ' or '\t' or '\n' or '\f' or '\r')
                {
                    j++;
                }

                if (!Ensure(j))
                {
                    return (End, false);
                }

                char quote = At(j);
                if (quote is '"' or '\'')
                {
                    int close = Find(quote == '"' ? "\"" : "'", j + 1, limit, ignoreCase: false);
                    if (close == -2)
                    {
                        return (-2, false);
                    }

                    if (close < 0)
                    {
                        return (End, false);
                    }

                    i = close + 1;
                }
                else
                {
                    i = j;
                    while (Ensure(i) && At(i) is not (' ' or '\t' or '\n' or '\f' or '\r' or '>') && i < limit)
                    {
                        i++;
                    }
                }
            }
        }

        /// <summary>The index after the end tag that closes the raw text of <paramref name="name"/> started at <paramref name="from"/>; the end when none; -2 past the cap.</summary>
        private int RawEnd(string name, int from, int limit)
        {
            for (int i = from; ;)
            {
                int lt = Find("</" + name, i, limit, ignoreCase: true);
                if (lt < 0)
                {
                    return lt == -2 ? -2 : End;
                }

                int after = lt + 2 + name.Length;
                if (!Ensure(after) || At(after) is ' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>')
                {
                    var (end, _) = TagEnd(after, limit);
                    return end;
                }

                i = lt + 1;
            }
        }

        /// <summary>The first index at or after <paramref name="from"/> where <paramref name="needle"/> starts; -1 at the end of the text, -2 when it would start at or past <paramref name="limit"/>.</summary>
        private int Find(string needle, int from, int limit, bool ignoreCase)
        {
            var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            int i = from;
            while (true)
            {
                if (i >= limit)
                {
                    // Past the cap, unless the text ends first.
                    return Ensure(limit) ? -2 : -1;
                }

                int available = _bufferStart + _filled;
                if (i < available)
                {
                    int found = _buffer.AsSpan(i - _bufferStart, available - i).IndexOf(needle, comparison);
                    if (found >= 0)
                    {
                        return i + found >= limit ? -2 : i + found;
                    }

                    // A match may straddle what is read and what is not.
                    i = Math.Max(i, available - needle.Length + 1);
                }

                if (!Ensure(available))
                {
                    return -1;
                }
            }
        }

        private bool StartsWith(int at, string text)
        {
            for (int k = 0; k < text.Length; k++)
            {
                if (At(at + k) != text[k])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The character at <paramref name="index"/>, or '\0' past the end of the text.</summary>
        private char At(int index) => Ensure(index) ? _buffer[index - _bufferStart] : '\0';

        /// <summary>The end of the text (known once it has been reached).</summary>
        private int End => _bufferStart + _filled;

        /// <summary>Reads until <paramref name="index"/> is in the buffer; false when the text ends before it.</summary>
        private bool Ensure(int index)
        {
            while (index >= _bufferStart + _filled)
            {
                if (_ended)
                {
                    return false;
                }

                if (_filled == _buffer.Length)
                {
                    Array.Resize(ref _buffer, (int)Math.Min(2L * _buffer.Length, Array.MaxLength));
                }

                int n = reader.Read(_buffer, _filled, _buffer.Length - _filled);
                _ended = n == 0;
                _filled += n;
            }

            return true;
        }

        private ReadOnlySpan<char> Slice(int start, int end) => _buffer.AsSpan(start - _bufferStart, end - start);

        private string Name(int start, int end)
        {
            var raw = Slice(start, end);
            Span<char> lower = raw.Length <= 64 ? stackalloc char[raw.Length] : new char[raw.Length];
            raw.ToLowerInvariant(lower);
            if (_names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out string? known))
            {
                return known;
            }

            string name = lower.ToString();

            if (_names.Count < 4096)
            {
                _names.Add(name, name);
            }

            return name;
        }

        private void AppendHead(int start, int end)
        {
            if (_head.Length + (end - start) <= MaxHeadPrefix)
            {
                _head.Append(Slice(start, end));
            }
        }

        /// <summary>Where to cut inside a token or a text longer than the cap: at the last white space in its last 256 characters, never between a surrogate pair or CR and LF.</summary>
        private int InsideCut(int from, int limit)
        {
            Ensure(limit);
            int cut = Math.Min(limit, End);
            var window = Slice(Math.Max(from + 1, cut - 256), cut);
            int space = window.LastIndexOfAny(' ', '\n', '\t');
            if (space >= 0)
            {
                return cut - window.Length + space + 1;
            }

            if (char.IsLowSurrogate(At(cut)) || (At(cut) == '\n' && At(cut - 1) == '\r'))
            {
                cut--;
            }

            return cut;
        }

        /// <summary>The part from the current start to <paramref name="cut"/>; the next part starts there, re-opening <paramref name="open"/>.</summary>
        private Part Emit(int cut, bool more, bool forced, Open[]? open)
        {
            cut = Math.Min(cut, End);
            var text = Slice(_partStart, cut);
            var html = new StringBuilder(_prefix.Length + text.Length);
            html.Append(_prefix).Append(text);
            var part = new Part(html.ToString(), _prefix.Length, _index++, _partStart, _linesBefore, _columnsBefore, more, forced);
            if (!more)
            {
                return part;
            }

            (_linesBefore, _columnsBefore) = Advance(text, _linesBefore, _columnsBefore);
            _prefix = Prefix(open ?? []);
            _partStart = cut;
            _bestCut = -1;
            _bestStack = [];
            // Drop what the next part no longer needs (its text starts at the cut).
            int drop = cut - _bufferStart;
            Array.Copy(_buffer, drop, _buffer, 0, _filled - drop);
            _filled -= drop;
            _bufferStart = cut;
            return part;
        }

        /// <summary>The head elements, then the start tags of the elements open at the cut (after <c>html</c>'s own, when it is open).</summary>
        private string Prefix(Open[] open)
        {
            var prefix = new StringBuilder();
            int k = 0;
            if (open.Length > 0 && open[0].Name == "html")
            {
                prefix.Append(open[0].Tag ?? "<html>");
                k = 1;
            }

            if (_head.Length > 0)
            {
                prefix.Append("<head>").Append(_head).Append("</head>");
            }

            for (; k < open.Length; k++)
            {
                if (open[k].Name != "head" && open[k].Tag is { } tag)
                {
                    prefix.Append(tag);
                }
            }

            return prefix.ToString();
        }

        /// <summary>The line breaks and columns before the text that follows <paramref name="text"/>.</summary>
        private static (int LinesBefore, int ColumnsBefore) Advance(ReadOnlySpan<char> text, int linesBefore, int columnsBefore)
        {
            int lastBreakEnd = -1;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    linesBefore++;
                    lastBreakEnd = i + 1;
                }
            }

            return lastBreakEnd < 0 ? (linesBefore, columnsBefore + text.Length) : (linesBefore, text.Length - lastBreakEnd);
        }
    }
}
