using ClaimCheck.Documents;

namespace ClaimCheck.Verification.Rules.Language;

/// <summary>
/// Which sentences of a block conclude or summarise: those under a conclusions heading (Conclusions,
/// Interpretation, Key take away …), or, in a block without headings, those the sentence-role model
/// reads as conclusions. In a news page, the lead sentence counts too when it stands before the first heading.
/// </summary>
internal static class ConclusionSentences
{
    private static readonly string[] Headings =
        ["conclusion", "conclusions", "conclusions and relevance", "interpretation", "key take away", "key takeaways", "key points", "summary", "implications"];

    internal static IReadOnlyList<Sentence> Of(ThreadDocument document, Block block, Func<Block, IReadOnlyList<bool>>? roleModel)
    {
        if (block.Kind == BlockKind.QuotedPost || block.Sentences.IsEmpty)
        {
            return [];
        }

        bool headed = block.Sentences.Any(s => s.Section is not null);
        if (headed)
        {
            return block.Sentences.Where(s => s.Section is { } section && (Headings.Contains(section.ToLowerInvariant()) || (document.Kind == DocumentKind.NewsPage && s == block.Sentences[0] && s.Section is null))).ToList();
        }

        if (block.Kind == BlockKind.ArticleText && roleModel is not null)
        {
            var conclusions = roleModel(block);
            return block.Sentences.Where((_, i) => conclusions[i]).ToList();
        }

        return [];
    }
}
