using ClaimCheck.Text;

namespace ClaimCheck.Documents;

/// <summary>A sentence of a block. Immutable.</summary>
public sealed record Sentence
{
    private readonly SourceText _source;

    internal Sentence(SourceText source, TextSpan span, string? section)
    {
        _source = source;
        Span = span;
        Section = section;
    }

    /// <summary>The sentence's span in the document's <see cref="SourceText"/>.</summary>
    public TextSpan Span { get; }

    /// <summary>The section heading in force where the sentence stands (e.g. "Results"), or null when none.</summary>
    public string? Section { get; }

    /// <summary>
    /// The sentence's text: the source text of <see cref="Span"/>, read from the document's source on each call rather
    /// than stored, so that a document holds its text once (a 100 MB page would otherwise keep two more copies).
    /// </summary>
    public string Text => _source.ToString(Span);
}
