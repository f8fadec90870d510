namespace ClaimCheck.Text;

/// <summary>
/// Maps offsets of an extracted text back to offsets of the original input, segment by segment.
/// Each segment is a run of extracted text that came from one run of the original.
/// </summary>
internal sealed class SourceMap
{
    private readonly int[] _textStarts;
    private readonly int[] _originalStarts;
    private readonly int[] _originalLengths;

    internal SourceMap(int[] textStarts, int[] originalStarts, int[] originalLengths)
    {
        _textStarts = textStarts;
        _originalStarts = originalStarts;
        _originalLengths = originalLengths;
    }

    internal int ToOriginal(int offset)
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
