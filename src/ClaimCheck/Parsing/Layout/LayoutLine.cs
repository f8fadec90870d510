using ClaimCheck.Text;

namespace ClaimCheck.Parsing.Layout;

/// <summary>
/// One line of a page's visible text as the layout stage reads it, whatever the page was saved as: its
/// trimmed span, what the markup said about it (heading, list item, nothing but links) and the quote it
/// belongs to. Text pages set only the span and the quote (from "X said: … Click to expand"); HTML pages
/// set every field from the DOM. Everything else (prose, headings by shape, source lines, chrome) is read
/// from the line's text by <see cref="LineCues"/>.
/// </summary>
/// <param name="Span">The trimmed line in the layout text (a text page's own text; for HTML, the visible lines of the post joined by line breaks); empty for a blank line.</param>
/// <param name="IsHeading">True when the markup makes the line (part of) a heading (h1–h6).</param>
/// <param name="IsListItem">True when the markup starts the line inside a list item (a bullet written in the text is a cue, not this flag).</param>
/// <param name="IsLinkOnly">True when the line is nothing but links with URL or one-word labels ("Link | PDF", a bare URL, "[1] https://…").</param>
/// <param name="Quote">The quote the line belongs to, or null for the post's (or page's) own text.</param>
internal readonly record struct LayoutLine(TextSpan Span, bool IsHeading = false, bool IsListItem = false, bool IsLinkOnly = false, LayoutQuote? Quote = null)
{
    /// <summary>True for a blank line (text pages), or the mark an empty quote leaves (so that the text around it is not read as one run).</summary>
    internal bool IsBlank => Span.IsEmpty;
}
