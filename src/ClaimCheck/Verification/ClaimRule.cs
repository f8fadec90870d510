using System.Collections.Immutable;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Verification;

/// <summary>
/// A verification rule: the descriptors of every finding it can report, and a check over one document's
/// claims (compare Roslyn's <c>DiagnosticAnalyzer</c> with its <c>SupportedDiagnostics</c>). The built-in
/// rules derive from it, and so can a user's own rule, added with
/// <see cref="ClaimPipelineBuilder.AddRule(ClaimRule)"/> (see <c>docs/custom-rules.md</c>).
/// </summary>
/// <remarks>
/// One instance serves every document a pipeline checks, on any number of threads at once: keep a rule
/// free of mutable state and put per-document state in locals of <see cref="Analyze"/>.
/// </remarks>
public abstract class ClaimRule
{
    /// <summary>
    /// Every descriptor the rule reports; <see cref="RuleContext.Report(RuleDescriptor, Text.TextSpan, object[])"/>
    /// refuses any other id. Read once when a pipeline is built.
    /// </summary>
    public abstract ImmutableArray<RuleDescriptor> SupportedRules { get; }

    /// <summary>Checks one document and reports findings through <paramref name="context"/>.</summary>
    /// <param name="context">The document, its claims and the report sink; valid only during the call.</param>
    public abstract void Analyze(RuleContext context);
}
