using ClaimCheck.Documents;
using ClaimCheck.Extraction;

namespace ClaimCheck.Verification.Comparison;

/// <summary>
/// Which source a post of a page speaks of, from the structure the reader found (posts, blocks with roles, quotes
/// with the quoted member): a post's own words are paired with the article text and quoted posts in the same post and
/// the article text of the earlier posts by a member it quotes; failing those, with the article text of every earlier
/// post (the paper the thread discusses). Whether the post restates that source's numbers is for
/// the comparison to tell (<see cref="ComparisonContext.RestatedNumbers"/>).
/// </summary>
internal static class SummarySources
{
    /// <summary>A post's commentary blocks and the blocks of its source.</summary>
    internal sealed record Pair(int PostIndex, IReadOnlyList<BlockClaims> Summary, IReadOnlyList<BlockClaims> Source);

    /// <summary>The pairs of <paramref name="document"/>'s posts with commentary claims and a source with claims, in post order.</summary>
    internal static IEnumerable<Pair> Of(ThreadDocument document, ExtractionResult extraction)
    {
        var byPost = extraction.Blocks.Where(b => b.Block is not null).GroupBy(b => b.PostIndex).OrderBy(g => g.Key).ToList();
        var authors = document.Posts.ToDictionary(p => p.Index, p => p.Author);
        foreach (var post in byPost)
        {
            var summary = post.Where(b => b.Block!.Kind == BlockKind.Commentary && b.Claims.Length > 0).ToList();
            if (summary.Count == 0)
            {
                continue;
            }

            var earlier = byPost.Where(p => p.Key < post.Key).ToList();
            // A quote of a member stands for that member's post, whose article text it often quotes only in part.
            var quoted = post.Where(b => b.Block!.Kind == BlockKind.QuotedPost).Select(b => b.Block!.QuotedSource).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            var source = post.Where(b => b.Block!.Kind is BlockKind.ArticleText or BlockKind.QuotedPost)
                .Concat(earlier.Where(p => authors.GetValueOrDefault(p.Key) is { } author && quoted.Contains(author)).SelectMany(ArticleText))
                .ToList();

            if (source.Count == 0)
            {
                source = [.. earlier.SelectMany(ArticleText)];
            }

            if (source.Any(b => b.Claims.Length > 0))
            {
                yield return new Pair(post.Key, summary, source);
            }
        }
    }

    private static IEnumerable<BlockClaims> ArticleText(IEnumerable<BlockClaims> post) => post.Where(b => b.Block!.Kind == BlockKind.ArticleText);
}
