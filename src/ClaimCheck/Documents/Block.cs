using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Documents;

/// <summary>
/// A run of text in a post with one role: commentary, quoted article text, or a quoted post.
/// Chrome (member titles, like lists, navigation) is never part of a block. Immutable.
/// </summary>
public sealed class Block
{
    /// <summary>Creates a block.</summary>
    /// <param name="kind">The block's role.</param>
    /// <param name="paragraphs">Its paragraphs in reading order; at least one.</param>
    /// <param name="sentences">Its sentences in reading order (headings and titles are not sentences).</param>
    /// <param name="quotedSource">Who or what is quoted when the page names it (a member, a journal), else null.</param>
    /// <param name="language">An ISO 639-1 code guessed from the script (<c>en</c> for Latin, <c>zh</c> for Han, …), or null.</param>
    /// <exception cref="ArgumentException"><paramref name="paragraphs"/> is empty.</exception>
    public Block(BlockKind kind, ImmutableArray<Paragraph> paragraphs, ImmutableArray<Sentence> sentences, string? quotedSource, string? language)
    {
        if (paragraphs.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A block has at least one paragraph.", nameof(paragraphs));
        }

        Kind = kind;
        Paragraphs = paragraphs;
        Sentences = sentences.IsDefault ? [] : sentences;
        QuotedSource = quotedSource;
        Language = language;
        Span = TextSpan.FromBounds(paragraphs[0].Span.Start, paragraphs[^1].Span.End);
    }

    /// <summary>The block's role.</summary>
    public BlockKind Kind { get; }

    /// <summary>Paragraphs, headings and titles in reading order.</summary>
    public ImmutableArray<Paragraph> Paragraphs { get; }

    /// <summary>Sentences of the body paragraphs and list items, in reading order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>The quoted member, journal or site when the page names it; null otherwise.</summary>
    public string? QuotedSource { get; }

    /// <summary>ISO 639-1 code guessed from the script of the text (e.g. <c>en</c>, <c>zh</c>), or null when unsure.</summary>
    public string? Language { get; }

    /// <summary>From the start of the first paragraph to the end of the last one. Chrome lines in between are not part of <see cref="Paragraphs"/>.</summary>
    public TextSpan Span { get; }

    /// <summary>The paragraphs' texts joined by line breaks (chrome between them left out).</summary>
    public string Text => string.Join("\n", Paragraphs.Select(p => p.Text));
}
