namespace ClaimCheck.Text;

/// <summary>
/// Maps offsets of an extracted text back to offsets of the original input, segment by segment.
/// Each segment is a run of extracted text that came from one run of the original. Maps chain: the
/// HTML part of an MHTML file maps its visible text to the HTML, then the HTML to the file's bytes.
/// </summary>
internal sealed class SourceMap
{
    private readonly int[] _textStarts;
    private readonly int[] _originalStarts;
    private readonly int[] _originalLengths;
    private readonly SourceMap? _next;

    internal SourceMap(int[] textStarts, int[] originalStarts, int[] originalLengths, SourceMap? next = null)
    {
        _textStarts = textStarts;
        _originalStarts = originalStarts;
        _originalLengths = originalLengths;
        _next = next;
    }

    /// <summary>This map followed by <paramref name="next"/>, which maps this map's originals onward.</summary>
    internal SourceMap Then(SourceMap next)
        => new(_textStarts, _originalStarts, _originalLengths, _next is null ? next : _next.Then(next));

    internal int ToOriginal(int offset)
    {
        int original = ToOwnOriginal(offset);
        return _next is null ? original : _next.ToOriginal(original);
    }

    private int ToOwnOriginal(int offset)
    {
        if (_textStarts.Length == 0)
        {
            return 0;
        }

        int i = Array.BinarySearch(_textStarts, offset);
        if (i < 0)
        {
            i = Math.Max(0, ~i - 1);
        }

        int within = offset - _textStarts[i];
        // Within a segment whose original is longer or shorter (entities, collapsed spaces) the
        // position is clamped to the segment rather than guessed.
        return _originalStarts[i] + Math.Min(within, Math.Max(0, _originalLengths[i] - 1));
    }
}
