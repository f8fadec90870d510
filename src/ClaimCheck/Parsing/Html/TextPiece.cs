namespace ClaimCheck.Parsing.Html;

/// <summary>
/// A piece of a line of visible text and where it was read from: <see cref="Text"/> stands for
/// <see cref="RawLength"/> characters of the page at <see cref="RawStart"/> (character by character
/// when the lengths are equal). A collapsed run of white space is a separator piece with no origin.
/// </summary>
/// <param name="Text">The piece's text.</param>
/// <param name="RawStart">Offset in the page; -1 for a separator.</param>
/// <param name="RawLength">Number of page characters the piece stands for.</param>
/// <param name="Anchor">The link the piece lies in (1-based, per walk), or 0 outside links.</param>
internal readonly record struct TextPiece(string Text, int RawStart, int RawLength, int Anchor)
{
    /// <summary>True for the single space that stands for collapsed white space.</summary>
    internal bool IsSeparator => RawStart < 0;

    internal static TextPiece Separator(int anchor) => new(" ", -1, 0, anchor);
}
