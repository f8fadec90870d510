using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;

namespace ClaimCheck.Verification.Rules.Input;

/// <summary>CC9001 (Info): the document has no block of abstract or article text, so only commentary was checked.</summary>
internal sealed class NoArticleTextRule : ClaimRule
{
    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [InputRules.NoArticleText];

    public override void Analyze(RuleContext context)
    {
        if (!context.Document.Blocks.Any(b => b.Kind == BlockKind.ArticleText))
        {
            context.ReportForFile(InputRules.NoArticleText);
        }
    }
}
