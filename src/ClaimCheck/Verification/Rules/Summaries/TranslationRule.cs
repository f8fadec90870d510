using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction;
using ClaimCheck.Statistics;
using ClaimCheck.Verification.Comparison;

namespace ClaimCheck.Verification.Rules.Summaries;

/// <summary>
/// CC4004: two article blocks of one document in different languages that report the same claims (an
/// abstract and its translation), at most 8 article blocks apart, disagree on a number. Blocks count as versions of each other when at
/// least three claims line up (same kind, in order) and most of those agree; then every number of each
/// lined-up pair is compared within rounding.
/// </summary>
internal sealed class TranslationRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.TranslationsDisagree,
        "Translations disagree",
        "the {0} version gives {1} where the {2} version gives {3} ({4}); {1} stands for {5} and {3} for {6}",
        RuleCategory.Summaries,
        Severity.Warning);

    // How far apart (in article blocks) two versions may be.
    private const int MaxBlocksApart = 8;

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        var blocks = context.Extraction.Blocks.Where(b => b.Block is { Kind: BlockKind.ArticleText, Language: not null }).ToList();
        for (int i = 0; i < blocks.Count; i++)
        {
            // A translation sits near its original: looking only a few blocks on keeps a page of many blocks linear.
            for (int j = i + 1; j < blocks.Count && j <= i + MaxBlocksApart; j++)
            {
                if (blocks[i].Block!.Language != blocks[j].Block!.Language)
                {
                    Compare(context, blocks[i], blocks[j]);
                }
            }
        }
    }

    private static void Compare(RuleContext context, BlockClaims first, BlockClaims second)
    {
        var pairs = LineUp(Numeric(first), Numeric(second));
        int agreeing = pairs.Count(p => Disagreement(p.A, p.B) is null);
        if (pairs.Count < 3 || agreeing * 2 <= pairs.Count)
        {
            return;
        }

        foreach (var (a, b) in pairs)
        {
            if (Disagreement(a, b) is var (x, y))
            {
                context.Report(Rule, y.Span, [x.Span], null,
                    Name(second.Block!.Language!), y.ToString(), Name(first.Block!.Language!), x.ToString(), a.Text,
                    Printed.F(Printed.Range(y), y.Decimals + 1), Printed.F(Printed.Range(x), x.Decimals + 1));
            }
        }
    }

    private static List<Claim> Numeric(BlockClaims block) => block.Claims.Where(c => c.Kind != ClaimKind.Significance && c.Numbers.Any()).ToList();

    /// <summary>Pairs the k-th claim of each kind in one block with the k-th of that kind in the other.</summary>
    private static List<(Claim A, Claim B)> LineUp(List<Claim> a, List<Claim> b)
    {
        var pairs = new List<(Claim, Claim)>();
        foreach (var kind in a.Select(c => c.Kind).Distinct())
        {
            var left = a.Where(c => c.Kind == kind).ToList();
            var right = b.Where(c => c.Kind == kind).ToList();
            for (int k = 0; k < Math.Min(left.Count, right.Count); k++)
            {
                pairs.Add((left[k], right[k]));
            }
        }

        return pairs;
    }

    /// <summary>The first pair of numbers the two claims disagree on, or null when all agree (or their numbers do not line up).</summary>
    private static (ReportedNumber, ReportedNumber)? Disagreement(Claim a, Claim b)
    {
        var x = a.Numbers.ToList();
        var y = b.Numbers.ToList();
        if (x.Count != y.Count)
        {
            return null;
        }

        for (int i = 0; i < x.Count; i++)
        {
            if (!ClaimSide.Agree(x[i], y[i], signless: false))
            {
                return (x[i], y[i]);
            }
        }

        return null;
    }

    private static string Name(string language) => language switch
    {
        "en" => "English",
        "zh" => "Chinese",
        "ja" => "Japanese",
        "ko" => "Korean",
        "ru" => "Russian",
        _ => language,
    };
}
