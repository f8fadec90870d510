using ClaimCheck.Parsing.Layout;

namespace ClaimCheck.Parsing.Html;

/// <summary>
/// The visible lines of one post (or article body) as <see cref="ContentWalker"/> read them: layout lines
/// over their text (the lines joined by line breaks), and per line the pieces that map it back to the page.
/// </summary>
/// <param name="text">The lines' text, joined by line breaks.</param>
/// <param name="lines">The layout lines; their spans point into <paramref name="text"/>.</param>
/// <param name="pieces">Each line's pieces, in the order of <paramref name="lines"/>.</param>
internal sealed class ContentLines(string text, List<LayoutLine> lines, List<TextPiece[]> pieces)
{
    /// <summary>The lines' text, joined by line breaks: the layout text of <see cref="Lines"/>.</summary>
    internal string Text { get; } = text;

    /// <summary>The layout lines in reading order.</summary>
    internal List<LayoutLine> Lines { get; } = lines;

    /// <summary>The pieces of each line (none for the blank line an empty quote leaves).</summary>
    internal List<TextPiece[]> Pieces { get; } = pieces;
}
