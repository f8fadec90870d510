using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Verification.Comparison;

namespace ClaimCheck.Verification.Rules.Summaries;

/// <summary>
/// CC4001–CC4003 inside a thread: when posts quote a paper's text and members summarise it in their own
/// words, the members' commentary is compared with the quoted text as with a source, by the same rules
/// (<see cref="ComparisonContext.Rules"/>) over the same kind of context.
/// </summary>
internal sealed class ThreadSummaryRule : ClaimRule
{
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [.. ComparisonContext.Rules.SelectMany(r => r.SupportedRules)];

    public override void Analyze(RuleContext context)
    {
        if (context.Document.Kind != DocumentKind.ForumThread)
        {
            return;
        }

        var articleBlocks = context.Extraction.Blocks.Where(b => b.Block?.Kind == BlockKind.ArticleText).ToList();
        var commentaryBlocks = context.Extraction.Blocks.Where(b => b.Block?.Kind == BlockKind.Commentary).ToList();
        var article = articleBlocks.SelectMany(b => b.Claims).ToList();
        var commentary = commentaryBlocks.SelectMany(b => b.Claims).ToList();
        if (article.Count == 0 || commentary.Count == 0)
        {
            return;
        }

        ComparisonContext.RunAll(new ComparisonContext(
            new ClaimSide(context.Document, commentary, Verifier.SentencesOf(commentaryBlocks)),
            new ClaimSide(context.Document, article, Verifier.SentencesOf(articleBlocks)),
            context.Alpha,
            context.Report));
    }
}
