using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction;
using ClaimCheck.Parsing;
using ClaimCheck.Verification.Rules.Changes;
using ClaimCheck.Verification.Rules.Counts;
using ClaimCheck.Verification.Rules.Estimates;
using ClaimCheck.Verification.Rules.Input;
using ClaimCheck.Verification.Rules.Language;
using ClaimCheck.Verification.Rules.Summaries;

namespace ClaimCheck.Verification;

/// <summary>Every rule ClaimCheck has, by id. Thread-safe.</summary>
public static class RuleCatalog
{
    /// <summary>The built-in rules, in the order they run (<see cref="ClaimPipelineBuilder.UseDefaultRules"/>).</summary>
    internal static ImmutableArray<ClaimRule> Rules { get; } =
    [
        new NoArticleTextRule(),
        new PercentMismatchRule(),
        new ImpossibleProportionRule(),
        new DenominatorDriftRule(),
        new GroupSumRule(),
        new AllocationRatioRule(),
        new GrimPercentRule(),
        new GrimMeanRule(),
        new GrimmerSdRule(),
        new MedianOutsideRangeRule(),
        new EstimateOutsideIntervalRule(),
        new ReversedIntervalRule(),
        new LogAsymmetryRule(),
        new RatioCountsRule(),
        new IntervalCountsRule(),
        new PValueIntervalRule(),
        new DifferenceValuesRule(),
        new PValueStatisticRule(),
        new DecisionFlipRule(),
        new ImpossibleStatisticRule(),
        new PValueCountsRule(),
        new PValueMeansRule(),
        new NarrowIntervalRule(),
        new RelativeChangeRule(),
        new PercentagePointsRule(),
        new NumberNeededRule(),
        new RelativeWithoutAbsoluteRule(),
        new HazardAsProbabilityRule(),
        new BenefitOnNonSignificantRule(),
        new SignificanceWordingRule(),
        new MarginalSignificanceRule(),
        new ImprecisePValueRule(),
        new ThreadSummaryRule(),
        new TranslationRule(),
    ];

    /// <summary>The findings the stages before verification raise: reading (CC9002, CC9003) and extraction (CC9004).</summary>
    internal static ImmutableArray<RuleDescriptor> Stages { get; } = [.. ThreadReader.SupportedRules, .. ClaimExtractor.SupportedRules];

    /// <summary>Every descriptor anything in the library declares, every wording of each id included.</summary>
    internal static ImmutableArray<RuleDescriptor> Declared { get; } = [.. Stages, .. Rules.SelectMany(r => r.SupportedRules)];

    /// <summary>
    /// The descriptors of all built-in rules, the CC9xxx input findings included, ordered by id: one per id
    /// (the first an id's declarer lists), derived from what each rule and stage declares.
    /// </summary>
    public static ImmutableArray<RuleDescriptor> All { get; } =
        [.. Declared.DistinctBy(d => d.Id, StringComparer.Ordinal).OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>The descriptor with <paramref name="id"/> (case-insensitive), or null when there is none.</summary>
    public static RuleDescriptor? Find(string id) => All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The help page of rule <paramref name="id"/> (case-insensitive) as Markdown: the text of the
    /// repository's <c>docs/rules/&lt;id&gt;.md</c>, embedded in the library so that it is available from an
    /// installed package. Its first line is <c># &lt;id&gt;: &lt;title&gt;</c>.
    /// </summary>
    /// <param name="id">A rule id such as <c>CC1003</c>.</param>
    /// <returns>The page, or null when <paramref name="id"/> is not a rule of <see cref="All"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static string? GetHelpMarkdown(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Find(id) is { } rule ? HelpPages.GetOrAdd(rule.Id, LoadHelpPage) : null;
    }

    private static readonly ConcurrentDictionary<string, string> HelpPages = new(StringComparer.Ordinal);

    private static string LoadHelpPage(string id)
    {
        using var stream = typeof(RuleCatalog).Assembly.GetManifestResourceStream($"ClaimCheck.Rules.{id}.md")
            ?? throw new InvalidOperationException($"The help page of {id} is not embedded in the library.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // Pages are kept with LF endings; normalise in case a checkout converted them.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
