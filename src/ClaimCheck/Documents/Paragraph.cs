using ClaimCheck.Text;

namespace ClaimCheck.Documents;

/// <summary>A paragraph (or heading, title, list item) of a block. Immutable.</summary>
public sealed record Paragraph
{
    private readonly SourceText _source;

    internal Paragraph(SourceText source, ParagraphKind kind, TextSpan span, string? section)
    {
        _source = source;
        Kind = kind;
        Span = span;
        Section = section;
    }

    /// <summary>What the paragraph is.</summary>
    public ParagraphKind Kind { get; }

    /// <summary>The paragraph's span in the document's <see cref="SourceText"/>.</summary>
    public TextSpan Span { get; }

    /// <summary>The section heading in force (for a heading: the heading itself), or null.</summary>
    public string? Section { get; }

    /// <summary>The paragraph's text: the source text of <see cref="Span"/>, read from the document's source on each call rather than stored.</summary>
    public string Text => _source.ToString(Span);
}
