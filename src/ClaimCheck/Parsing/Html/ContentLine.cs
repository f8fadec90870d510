namespace ClaimCheck.Parsing.Html;

/// <summary>One line of visible text in a post: what a line break, a paragraph or a list item ends.</summary>
/// <param name="Pieces">The line's pieces, trimmed, white space collapsed.</param>
/// <param name="Text">The line's text (the pieces joined).</param>
/// <param name="IsHeading">True when the line is (part of) an h1–h6 element.</param>
/// <param name="IsListItem">True when the line starts inside a list item.</param>
/// <param name="IsLinkOnly">True when the line is nothing but links with URL or one-word labels ("Link | PDF", a bare URL, "[1] https://…").</param>
internal sealed record ContentLine(IReadOnlyList<TextPiece> Pieces, string Text, bool IsHeading, bool IsListItem, bool IsLinkOnly);
