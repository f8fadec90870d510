using ClaimCheck.Text;

namespace ClaimCheck.Documents;

/// <summary>A paragraph (or heading, title, list item) of a block. Immutable.</summary>
/// <param name="Kind">What the paragraph is.</param>
/// <param name="Span">The paragraph's span in the document's <see cref="SourceText"/>.</param>
/// <param name="Text">The paragraph's text (the source text of <paramref name="Span"/>).</param>
/// <param name="Section">The section heading in force (for a heading: the heading itself), or null.</param>
public sealed record Paragraph(ParagraphKind Kind, TextSpan Span, string Text, string? Section);
