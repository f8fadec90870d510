using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Verification.Rules.Counts;
using ClaimCheck.Verification.Rules.Estimates;
using ClaimCheck.Verification.Comparison;
using ClaimCheck.Verification.Rules.Language;
using ClaimCheck.Verification.Rules.Summaries;

namespace ClaimCheck.Verification;

/// <summary>Every rule ClaimCheck has, by id. Thread-safe.</summary>
public static class RuleCatalog
{
    internal static ImmutableArray<Rule> Rules { get; } =
    [
        new PercentMismatchRule(),
        new ImpossibleProportionRule(),
        new DenominatorDriftRule(),
        new GroupSumRule(),
        new AllocationRatioRule(),
        new GrimPercentRule(),
        new GrimMeanRule(),
        new GrimmerSdRule(),
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
        new BenefitOnNonSignificantRule(),
        new SignificanceWordingRule(),
        new MarginalSignificanceRule(),
        new ImprecisePValueRule(),
        new ThreadSummaryRule(),
        new TranslationRule(),
    ];

    /// <summary>The descriptors of all rules, including the CC9xxx input findings, ordered by id.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } =
        [.. Rules.Select(r => r.Descriptor)
            .Concat([SummaryRules.NumberAbsent, SummaryRules.Overstates])
            .Distinct()
            .Concat([InputRules.NoArticleText, InputRules.Unreadable, InputRules.OverSizeLimit, InputRules.ReconstructedNumber])
            .OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>The descriptor with <paramref name="id"/> (case-insensitive), or null when there is none.</summary>
    public static RuleDescriptor? Find(string id) => All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
