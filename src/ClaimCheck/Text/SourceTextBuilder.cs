using System.Text;

namespace ClaimCheck.Text;

/// <summary>
/// Builds a <see cref="SourceText"/> from pieces of an original input (for example the text nodes of
/// an HTML page), remembering where each piece came from so that positions can be mapped back.
/// Not thread-safe; build once, then use the immutable result.
/// </summary>
public sealed class SourceTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _textStarts = [];
    private readonly List<int> _originalStarts = [];
    private readonly List<int> _originalLengths = [];
    private readonly int[] _originalLineStarts;
    private readonly int _originalLength;

    /// <summary>Starts a builder for text taken from <paramref name="original"/>.</summary>
    /// <param name="original">The decoded original input (its line breaks give line numbers).</param>
    /// <exception cref="ArgumentNullException"><paramref name="original"/> is null.</exception>
    public SourceTextBuilder(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        _originalLineStarts = SourceText.ComputeLineStarts(original);
        _originalLength = original.Length;
    }

    /// <summary>Current length of the text built so far; the offset the next piece will start at.</summary>
    public int Length => _text.Length;

    /// <summary>The last character appended, or '\0' when nothing has been appended.</summary>
    public char LastChar => _text.Length == 0 ? '\0' : _text[^1];

    /// <summary>Appends a piece that stands for <paramref name="originalLength"/> characters at <paramref name="originalStart"/>.</summary>
    /// <returns>The span the piece occupies in the built text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The original range lies outside the original input.</exception>
    public TextSpan Append(string piece, int originalStart, int originalLength)
    {
        ArgumentNullException.ThrowIfNull(piece);
        ArgumentOutOfRangeException.ThrowIfNegative(originalStart);
        ArgumentOutOfRangeException.ThrowIfNegative(originalLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(originalStart, _originalLength);
        int start = _text.Length;
        if (piece.Length == 0)
        {
            return new TextSpan(start, 0);
        }

        _textStarts.Add(start);
        _originalStarts.Add(originalStart);
        _originalLengths.Add(Math.Min(originalLength, _originalLength - originalStart));
        _text.Append(piece);
        return new TextSpan(start, piece.Length);
    }

    /// <summary>Appends text that has no original of its own (a separator); it maps to the preceding piece.</summary>
    /// <returns>The span the text occupies in the built text.</returns>
    public TextSpan AppendSeparator(string separator)
    {
        ArgumentNullException.ThrowIfNull(separator);
        int start = _text.Length;
        _text.Append(separator);
        return new TextSpan(start, separator.Length);
    }

    /// <summary>Removes trailing white space appended last (used to trim a block's end).</summary>
    public void TrimEnd()
    {
        int n = _text.Length;
        while (n > 0 && char.IsWhiteSpace(_text[n - 1]))
        {
            n--;
        }

        _text.Length = n;
        while (_textStarts.Count > 0 && _textStarts[^1] >= n)
        {
            _textStarts.RemoveAt(_textStarts.Count - 1);
            _originalStarts.RemoveAt(_originalStarts.Count - 1);
            _originalLengths.RemoveAt(_originalLengths.Count - 1);
        }
    }

    /// <summary>Reads the character at <paramref name="index"/> of the text built so far.</summary>
    public char this[int index] => _text[index];

    /// <summary>Creates the immutable text.</summary>
    /// <param name="path">The file path to record, or null.</param>
    public SourceText ToSourceText(string? path = null)
        => SourceText.FromMapped(
            _text.ToString(),
            path,
            _originalLineStarts,
            new SourceMap([.. _textStarts], [.. _originalStarts], [.. _originalLengths]));
}
