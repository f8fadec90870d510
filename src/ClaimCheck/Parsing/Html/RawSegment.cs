namespace ClaimCheck.Parsing.Html;

/// <summary>
/// A run of a text node's data and the characters of the page it was read from. When both have the
/// same length the run maps character by character; otherwise (an entity, a CR LF pair, or text whose
/// origin was not found) the whole run maps to <see cref="RawStart"/>.
/// </summary>
/// <param name="DataStart">Offset of the run in the text node's data.</param>
/// <param name="DataLength">Length of the run in the data.</param>
/// <param name="RawStart">Offset in the page of the run's first character.</param>
/// <param name="RawLength">Number of page characters the run was read from; 0 when the origin is unknown.</param>
internal readonly record struct RawSegment(int DataStart, int DataLength, int RawStart, int RawLength)
{
    /// <summary>True when every character maps to its own page character.</summary>
    internal bool IsExact => DataLength == RawLength;
}
