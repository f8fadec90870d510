using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Text;

namespace ClaimCheck.Documents;

/// <summary>
/// A parsed saved page: a forum thread, a news page, an article page or plain text, as posts made of
/// blocks. Every span points into <see cref="Source"/>. Immutable and thread-safe.
/// </summary>
public sealed class ThreadDocument
{
    private Dictionary<TextSpan, Sentence>? _sentences;

    /// <summary>Creates a document.</summary>
    /// <param name="source">The text all spans point into.</param>
    /// <param name="kind">What sort of page it is.</param>
    /// <param name="title">The page or thread title, or null.</param>
    /// <param name="forum">The forum or site section the thread was posted in, or null.</param>
    /// <param name="posts">Posts in page order.</param>
    /// <param name="inputFindings">CC9xxx findings raised while reading the input (e.g. truncation); empty when none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ThreadDocument(SourceText source, DocumentKind kind, string? title, string? forum, ImmutableArray<Post> posts, ImmutableArray<Finding> inputFindings)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        Kind = kind;
        Title = title;
        Forum = forum;
        Posts = posts.IsDefault ? [] : posts;
        InputFindings = inputFindings.IsDefault ? [] : inputFindings;
    }

    /// <summary>The text every span points into, with its map back to the file.</summary>
    public SourceText Source { get; }

    /// <summary>The file path, or null.</summary>
    public string? Path => Source.Path;

    /// <summary>What sort of page it is.</summary>
    public DocumentKind Kind { get; }

    /// <summary>The page or thread title, or null.</summary>
    public string? Title { get; }

    /// <summary>The forum or section a thread was posted in (e.g. "Long Covid research"), or null.</summary>
    public string? Forum { get; }

    /// <summary>Posts in page order.</summary>
    public ImmutableArray<Post> Posts { get; }

    /// <summary>Findings about the input itself (CC9001, CC9003), raised while reading; empty when none.</summary>
    public ImmutableArray<Finding> InputFindings { get; }

    /// <summary>True once the Segmenting stage has given the sentences their roles, clauses and cues.</summary>
    internal bool IsSegmented { get; init; }

    /// <summary>All blocks of all posts, in page order.</summary>
    public IEnumerable<Block> Blocks => Posts.SelectMany(p => p.Blocks);

    /// <summary>The sentence whose span is <paramref name="span"/>, or null (the index is built once, on first use).</summary>
    internal Sentence? SentenceAt(TextSpan span)
    {
        var index = _sentences ??= Blocks.SelectMany(b => b.Sentences).GroupBy(s => s.Span).ToDictionary(g => g.Key, g => g.First());
        return index.GetValueOrDefault(span);
    }
}
