namespace ClaimCheck.Parsing.Layout;

/// <summary>A paragraph to be: a part of one layout line (the whole line, or a heading run in before a colon and the text after it).</summary>
/// <param name="Line">The index of the line the paragraph is taken from.</param>
/// <param name="Paragraph">The paragraph, its span in the layout text.</param>
internal readonly record struct ParagraphPlan(int Line, BlockFactory.ParagraphSpan Paragraph);
