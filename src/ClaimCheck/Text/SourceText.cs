namespace ClaimCheck.Text;

/// <summary>
/// The one text that every span of a document points into. For a plain-text input it is the decoded
/// file itself; for an HTML input it is the visible text the parser kept, with a map back to the
/// line and column of the original file (see <see cref="GetLinePosition"/>). For a PDF it is the
/// paper's running text, mapped to the lines of its pages (see <see cref="GetPage"/>). Immutable and
/// thread-safe.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _originalLineStarts;
    private readonly SourceMap? _map;

    /// <summary>For a paginated original (a PDF), the index of each page's first line in <see cref="_originalLineStarts"/>; else null.</summary>
    private readonly int[]? _pageFirstLines;

    /// <summary>For one part of a longer plain-text input: the lines before the part (0 otherwise).</summary>
    private int LinesBefore { get; init; }

    /// <summary>For a part that starts inside a line (cut where a line was longer than a part): the characters of that line before the part.</summary>
    private int ColumnsBefore { get; init; }

    private SourceText(string text, string? path, int[] originalLineStarts, SourceMap? map, int[]? pageFirstLines = null)
    {
        Text = text;
        Path = path;
        _originalLineStarts = originalLineStarts;
        _map = map;
        _pageFirstLines = pageFirstLines;
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The path of the file the text came from, or null when it did not come from a file.</summary>
    public string? Path { get; }

    /// <summary>Number of UTF-16 code units in <see cref="Text"/>.</summary>
    public int Length => Text.Length;

    /// <summary>
    /// Where <see cref="Text"/> starts in the whole input when it is one part of a longer input
    /// (<see cref="ClaimPipeline.CheckInParts(TextReader, string?, int)"/>), in UTF-16 code units (for HTML, in the parts'
    /// texts one after another); 0 for a whole input.
    /// Spans index <see cref="Text"/>; add this to place them in the whole input.
    /// </summary>
    internal int Offset { get; private init; }

    /// <summary>True for one part of a longer input (see <see cref="Offset"/>).</summary>
    internal bool IsPart { get; private init; }

    /// <summary>True when the text was extracted from markup, so that offsets are mapped back to the file.</summary>
    public bool IsMapped => _map is not null;

    /// <summary>
    /// True when the original has pages (a PDF): <see cref="GetPage"/> gives the page and
    /// <see cref="GetLinePosition"/> the line counted from the top of that page.
    /// </summary>
    public bool IsPaginated => _pageFirstLines is not null;

    /// <summary>Wraps text that is its own original (plain-text input): positions are computed on it directly.</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="path">The file path, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static SourceText From(string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SourceText(text, path, ComputeLineStarts(text), null);
    }

    /// <summary>
    /// One part of a longer plain-text input: <paramref name="text"/> starts at <paramref name="offset"/> of the
    /// whole, after <paramref name="linesBefore"/> line breaks and <paramref name="columnsBefore"/> characters of
    /// its first line, so that <see cref="GetLinePosition"/> gives positions in the whole input.
    /// </summary>
    internal static SourceText ForPart(string text, string? path, int offset, int linesBefore, int columnsBefore)
        => new(text, path, ComputeLineStarts(text), null) { Offset = offset, IsPart = true, LinesBefore = linesBefore, ColumnsBefore = columnsBefore };

    /// <summary>
    /// One part of a longer HTML page checked in parts: <paramref name="parsed"/> is the text the reader kept from the
    /// part's HTML, mapped to that HTML; <paramref name="outer"/> maps that HTML (the prefix of re-opened elements, then
    /// the part's own markup) on to an original whose lines start at <paramref name="originalLineStarts"/>, after
    /// <paramref name="linesBefore"/> line breaks and <paramref name="columnsBefore"/> characters of the first line, so
    /// that <see cref="GetLinePosition"/> gives positions in the whole input. <paramref name="offset"/> places the text
    /// among the parts' texts.
    /// </summary>
    internal static SourceText ForHtmlPart(SourceText parsed, SourceMap outer, int[] originalLineStarts, int linesBefore, int columnsBefore, int offset)
        => new(parsed.Text, parsed.Path, originalLineStarts, parsed._map is null ? outer : parsed._map.Then(outer))
        {
            Offset = offset, IsPart = true, LinesBefore = linesBefore, ColumnsBefore = columnsBefore,
        };

    /// <summary>Creates a mapped text; used by <see cref="SourceTextBuilder"/>.</summary>
    internal static SourceText FromMapped(string text, string? path, int[] originalLineStarts, SourceMap map)
        => new(text, path, originalLineStarts, map);

    /// <summary>This text with its original pages: the original's line <c>pageFirstLines[p]</c> (0-based) is the first of page p + 1.</summary>
    internal SourceText WithPages(int[] pageFirstLines) => new(Text, Path, _originalLineStarts, _map, pageFirstLines);

    /// <summary>
    /// This text mapped one step further: its original (say an HTML part) is itself a piece of an outer input
    /// (the MHTML file), to which <paramref name="outer"/> maps it; positions become those of the outer input,
    /// whose lines start at <paramref name="outerLineStarts"/>.
    /// </summary>
    internal SourceText Remap(SourceMap outer, int[] outerLineStarts, string? path)
        => new(Text, path, outerLineStarts, _map is null ? outer : _map.Then(outer), _pageFirstLines);

    /// <summary>The text of <paramref name="span"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span reaches past the end of the text.</exception>
    public string ToString(TextSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(span.End, Text.Length, nameof(span));
        return Text.Substring(span.Start, span.Length);
    }

    /// <summary>The characters of <paramref name="span"/> without copying.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span reaches past the end of the text.</exception>
    public ReadOnlySpan<char> AsSpan(TextSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(span.End, Text.Length, nameof(span));
        return Text.AsSpan(span.Start, span.Length);
    }

    /// <summary>
    /// The 1-based line and column in the original input of the character at <paramref name="offset"/>.
    /// For HTML input the position is that of the text node the character came from (exact for text
    /// without entities, the node's start otherwise).
    /// For a paginated text (a PDF) the line counts from the top of the character's page (<see cref="GetPage"/>).
    /// </summary>
    /// <param name="offset">An offset into <see cref="Text"/>; <see cref="Length"/> is allowed (end of text).</param>
    /// <exception cref="ArgumentOutOfRangeException">The offset is negative or past the end.</exception>
    public LinePosition GetLinePosition(int offset)
    {
        var (original, line) = OriginalLine(offset);
        int column = original - _originalLineStarts[line] + 1 + (line == 0 ? ColumnsBefore : 0);
        if (_pageFirstLines is not null)
        {
            line -= _pageFirstLines[PageIndex(line)];
        }

        return new LinePosition(LinesBefore + line + 1, column);
    }

    /// <summary>The 1-based page of the character at <paramref name="offset"/>, or null when the original has no pages (anything but a PDF).</summary>
    /// <param name="offset">An offset into <see cref="Text"/>; <see cref="Length"/> is allowed (end of text).</param>
    /// <exception cref="ArgumentOutOfRangeException">The offset is negative or past the end.</exception>
    public int? GetPage(int offset)
    {
        var (_, line) = OriginalLine(offset);
        return _pageFirstLines is null ? null : PageIndex(line) + 1;
    }

    /// <summary>The original offset of <paramref name="offset"/> and the 0-based index of its original line.</summary>
    private (int Original, int Line) OriginalLine(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        int original = _map is null ? offset : _map.ToOriginal(offset);
        int line = Array.BinarySearch(_originalLineStarts, original);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (original, line);
    }

    /// <summary>The index of the last page whose first line is at or before <paramref name="line"/> (a page without text starts where the next one does).</summary>
    private int PageIndex(int line)
    {
        int low = 0, high = _pageFirstLines!.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (_pageFirstLines[middle] <= line)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return Math.Max(0, low - 1);
    }

    /// <summary>Offsets at which lines start in <paramref name="text"/> (after \n, \r\n, or a lone \r).</summary>
    internal static int[] ComputeLineStarts(string text) => ComputeLineStarts(text.AsSpan());

    /// <summary>Offsets at which lines start in <paramref name="text"/> (after \n, \r\n, or a lone \r).</summary>
    internal static int[] ComputeLineStarts(ReadOnlySpan<char> text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
