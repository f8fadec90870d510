using System.Collections.Immutable;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Verification.Comparison;

/// <summary>
/// A rule over a summary and its source (CC4001–CC4003): the same declaration as a <see cref="ClaimRule"/>,
/// and a check over a <see cref="ComparisonContext"/>, which two documents
/// (<see cref="Verifier.Compare"/>) or a thread's commentary and quoted text
/// (<see cref="Rules.Summaries.ThreadSummaryRule"/>) provide.
/// </summary>
internal abstract class ComparisonRule
{
    /// <summary>Every descriptor the rule reports.</summary>
    internal abstract ImmutableArray<RuleDescriptor> SupportedRules { get; }

    /// <summary>Reports the rule's findings through <paramref name="context"/>.</summary>
    internal abstract void Analyze(ComparisonContext context);
}
