using ClaimCheck.Text;

namespace ClaimCheck.Reporting.Html;

/// <summary>
/// A document's highlightable locations sorted by start, so that each paragraph finds the ones it
/// overlaps by binary search (the longest location bounds how far back to look) rather than by scanning
/// all of them: rendering stays linear in the text for any number of findings of ordinary length.
/// </summary>
internal sealed class PieceIndex
{
    private readonly Piece[] _pieces;
    private readonly int _longest;
    private readonly Dictionary<(int Number, int Location), int> _ordinals = [];

    internal PieceIndex(IEnumerable<Piece> pieces)
    {
        _pieces = pieces.OrderBy(p => p.Start).ThenByDescending(p => p.End).ThenBy(p => p.Number).ThenBy(p => p.Location)
            .Select((p, i) => p with { Ordinal = i }).ToArray();
        _longest = _pieces.Length == 0 ? 0 : _pieces.Max(p => p.End - p.Start);
        foreach (var piece in _pieces)
        {
            _ordinals[(piece.Number, piece.Location)] = piece.Ordinal;
        }

        Shown = new bool[_pieces.Length];
    }

    /// <summary>Per piece (by ordinal): whether its start has been written, with its anchor.</summary>
    internal bool[] Shown { get; }

    /// <summary>The pieces that overlap <paramref name="span"/>, in order of start.</summary>
    internal List<Piece> Overlapping(TextSpan span)
    {
        var result = new List<Piece>();
        int from = span.Start - _longest;
        int lo = 0, hi = _pieces.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_pieces[mid].Start < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < _pieces.Length && _pieces[i].Start < span.End; i++)
        {
            if (_pieces[i].End > span.Start)
            {
                result.Add(_pieces[i]);
            }
        }

        return result;
    }

    /// <summary>True when location <paramref name="location"/> of finding <paramref name="number"/> was written into the text.</summary>
    internal bool IsShown(int number, int location) => _ordinals.TryGetValue((number, location), out int ordinal) && Shown[ordinal];
}
