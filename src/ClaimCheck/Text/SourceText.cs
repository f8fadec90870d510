namespace ClaimCheck.Text;

/// <summary>
/// The one text that every span of a document points into. For a plain-text input it is the decoded
/// file itself; for an HTML input it is the visible text the parser kept, with a map back to the
/// line and column of the original file (see <see cref="GetLinePosition"/>). Immutable and
/// thread-safe.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _originalLineStarts;
    private readonly SourceMap? _map;

    private SourceText(string text, string? path, int[] originalLineStarts, SourceMap? map)
    {
        Text = text;
        Path = path;
        _originalLineStarts = originalLineStarts;
        _map = map;
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The path of the file the text came from, or null when it did not come from a file.</summary>
    public string? Path { get; }

    /// <summary>Number of UTF-16 code units in <see cref="Text"/>.</summary>
    public int Length => Text.Length;

    /// <summary>True when the text was extracted from markup, so that offsets are mapped back to the file.</summary>
    public bool IsMapped => _map is not null;

    /// <summary>Wraps text that is its own original (plain-text input): positions are computed on it directly.</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="path">The file path, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static SourceText From(string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SourceText(text, path, ComputeLineStarts(text), null);
    }

    /// <summary>Creates a mapped text; used by <see cref="SourceTextBuilder"/>.</summary>
    internal static SourceText FromMapped(string text, string? path, int[] originalLineStarts, SourceMap map)
        => new(text, path, originalLineStarts, map);

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
    /// </summary>
    /// <param name="offset">An offset into <see cref="Text"/>; <see cref="Length"/> is allowed (end of text).</param>
    /// <exception cref="ArgumentOutOfRangeException">The offset is negative or past the end.</exception>
    public LinePosition GetLinePosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        int original = _map is null ? offset : _map.ToOriginal(offset);
        int line = Array.BinarySearch(_originalLineStarts, original);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line + 1, original - _originalLineStarts[line] + 1);
    }

    /// <summary>Offsets at which lines start in <paramref name="text"/> (after \n, \r\n, or a lone \r).</summary>
    internal static int[] ComputeLineStarts(string text)
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
