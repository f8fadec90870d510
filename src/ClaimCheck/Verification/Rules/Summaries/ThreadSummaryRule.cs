using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Verification.Comparison;

namespace ClaimCheck.Verification.Rules.Summaries;

/// <summary>
/// CC4001–CC4003 inside a thread: when posts quote a paper's text and members summarise it in their own
/// words, the members' commentary is compared with the quoted text as with a source.
/// </summary>
internal sealed class ThreadSummaryRule : Rule
{
    internal override RuleDescriptor Descriptor => SummaryRules.NumberDiffers;

    internal override void Analyze(RuleContext context)
    {
        if (context.Document.Kind != DocumentKind.ForumThread)
        {
            return;
        }

        var article = context.Extraction.Blocks.Where(b => b.Block?.Kind == BlockKind.ArticleText).SelectMany(b => b.Claims).ToList();
        var commentary = context.Extraction.Blocks.Where(b => b.Block?.Kind == BlockKind.Commentary).SelectMany(b => b.Claims).ToList();
        if (article.Count == 0 || commentary.Count == 0)
        {
            return;
        }

        SummaryComparer.Compare(new ClaimSide(context.Document, commentary), new ClaimSide(context.Document, article), context.Alpha,
            (descriptor, at, also, severity, args) => context.Report(descriptor, at.Span, also.Select(l => l.Span), severity, args));
    }
}
