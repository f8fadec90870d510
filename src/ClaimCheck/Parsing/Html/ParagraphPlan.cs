using ClaimCheck.Documents;

namespace ClaimCheck.Parsing.Html;

/// <summary>A paragraph to be: a part of a line (the whole line, or a heading run in before a colon and the text after it).</summary>
/// <param name="Line">The line the paragraph is taken from.</param>
/// <param name="Start">Offset of the paragraph in the line's text.</param>
/// <param name="End">Offset just past the paragraph in the line's text.</param>
/// <param name="Kind">What the paragraph is.</param>
/// <param name="Section">The section heading in force, or null.</param>
internal readonly record struct ParagraphPlan(ContentLine Line, int Start, int End, ParagraphKind Kind, string? Section);
