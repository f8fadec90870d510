using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Verification.Comparison;

namespace ClaimCheck.Verification.Rules.Summaries;

/// <summary>
/// CC4001–CC4003 inside a page: a post that restates the numbers of the source it quotes (an abstract in the post, a
/// quoted post, the article text earlier in the thread: <see cref="SummarySources"/>) is compared with that source by
/// the same rules (<see cref="ComparisonContext.Rules"/>) over the same context as <see cref="Verifier.Compare"/>. A post
/// that restates none of the source's numbers is not summarising it (it may quote and disagree in words): not compared.
/// </summary>
internal sealed class ThreadSummaryRule : ClaimRule
{
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [.. ComparisonContext.Rules.SelectMany(r => r.SupportedRules)];

    public override void Analyze(RuleContext context)
    {
        foreach (var pair in SummarySources.Of(context.Document, context.Extraction))
        {
            var comparison = new ComparisonContext(
                new ClaimSide(context.Document, pair.Summary.SelectMany(b => b.Claims), Verifier.SentencesOf(pair.Summary)),
                new ClaimSide(context.Document, pair.Source.SelectMany(b => b.Claims), Verifier.SentencesOf(pair.Source)),
                context.Alpha,
                context.Report);
            if (comparison.RestatedNumbers > 0)
            {
                ComparisonContext.RunAll(comparison);
            }
        }
    }
}
