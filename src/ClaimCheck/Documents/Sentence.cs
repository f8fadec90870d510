using ClaimCheck.Text;

namespace ClaimCheck.Documents;

/// <summary>A sentence of a block. Immutable.</summary>
/// <param name="Span">The sentence's span in the document's <see cref="SourceText"/>.</param>
/// <param name="Text">The sentence's text (the source text of <paramref name="Span"/>).</param>
/// <param name="Section">The section heading in force where the sentence stands (e.g. "Results"), or null when none.</param>
public sealed record Sentence(TextSpan Span, string Text, string? Section);
