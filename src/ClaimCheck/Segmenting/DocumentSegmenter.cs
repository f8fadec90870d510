using System.Collections.Immutable;
using ClaimCheck.Documents;

namespace ClaimCheck.Segmenting;

/// <summary>
/// The Segmenting stage, between Parsing and Extraction: gives every sentence its role (from its heading, else from the
/// shipped sentence-role model for an article block without headings of an abstract's size), its clauses, and the cues
/// of each clause (<see cref="CueKind"/>). Each fact is worked out once, on first use, and kept.
/// </summary>
public static class DocumentSegmenter
{
    /// <summary>The document with its sentences segmented; the same document when it already is.</summary>
    /// <param name="document">A parsed document.</param>
    /// <returns>A document with the same text, posts, blocks and spans, whose sentences carry <see cref="Sentence.Role"/> and <see cref="Sentence.Clauses"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static ThreadDocument Segment(ThreadDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.IsSegmented)
        {
            return document;
        }

        var posts = document.Posts.Select(p => p with { Blocks = [.. p.Blocks.Select(b => Segment(document, b))] }).ToImmutableArray();
        return new ThreadDocument(document.Source, document.Kind, document.Title, document.Forum, posts, document.InputFindings) { IsSegmented = true };
    }

    private static Block Segment(ThreadDocument document, Block block)
    {
        var facts = new BlockFacts(document.Source, block);
        var sentences = block.Sentences.Select((s, i) => s.WithFacts(facts, i)).ToImmutableArray();
        return new Block(block.Kind, block.Paragraphs, sentences, block.QuotedSource, block.Language);
    }
}
