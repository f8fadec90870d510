using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Linking;
using ClaimCheck.Verification.Comparison;

namespace ClaimCheck.Verification;

/// <summary>
/// The verification stage: runs its rules over a document's claims and links, and passes every finding
/// (the input findings of reading and extraction included) through one <see cref="FindingPolicy"/>, which
/// applies the options' severities. <see cref="ClaimPipeline"/> runs it after linking. Immutable and
/// thread-safe.
/// </summary>
public sealed class Verifier
{
    /// <summary>Creates a verifier with the built-in rules.</summary>
    /// <param name="options">Severity overrides and α; <see cref="VerifierOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The options set the severity of an id that no built-in rule reports.</exception>
    public Verifier(VerifierOptions? options = null)
        : this(options ?? VerifierOptions.Default, RuleCatalog.Rules)
    {
    }

    /// <summary>Creates a verifier with <paramref name="rules"/>; the options may name any id they declare or the pipeline's stages raise.</summary>
    internal Verifier(VerifierOptions options, ImmutableArray<ClaimRule> rules)
    {
        Options = options;
        // Each rule's declaration is read once: Report checks against it, and the policy knows every id.
        Rules = [.. rules.Select(r => (r, r.SupportedRules))];
        Policy = new FindingPolicy(options, RuleCatalog.Stages.Concat(Rules.SelectMany(r => r.Declared)));
    }

    /// <summary>The options in force.</summary>
    public VerifierOptions Options { get; }

    /// <summary>The rules, in the order they run, each with the descriptors it declared.</summary>
    internal ImmutableArray<(ClaimRule Rule, ImmutableArray<RuleDescriptor> Declared)> Rules { get; }

    /// <summary>The severities in force, for every finding this verifier reports.</summary>
    internal FindingPolicy Policy { get; }

    /// <summary>Checks one document's linked claims.</summary>
    /// <param name="document">The parsed document.</param>
    /// <param name="links">What Linking found, from <see cref="Linker.Link(ExtractionResult)"/>: the claims as linked, and their links.</param>
    /// <returns>All findings, the input findings included, ordered by position then id.</returns>
    internal ImmutableArray<Finding> Verify(ThreadDocument document, ClaimLinks links)
    {
        var findings = new List<Finding>(Policy.Filter(document.InputFindings.Concat(links.Extraction.Findings)));
        var context = new RuleContext(document, links, Policy, findings);
        foreach (var (rule, declared) in Rules)
        {
            context.Running(declared);
            rule.Analyze(context);
        }

        return [.. findings.OrderBy(f => f.Location.Span.Start).ThenBy(f => f.Id, StringComparer.Ordinal)];
    }

    /// <summary>The findings of an input that could not be read (CC9002), with the options applied.</summary>
    internal ImmutableArray<Finding> Filter(IEnumerable<Finding> inputFindings) => Policy.Filter(inputFindings);

    /// <summary>
    /// Checks a summary against its source with the CC4001–CC4003 rules; empty when either side was not
    /// read. The findings are located in the summary (further locations in the source), in its text order.
    /// </summary>
    internal ImmutableArray<Finding> Compare(CheckResult summary, CheckResult source)
    {
        if (!summary.Succeeded || !source.Succeeded)
        {
            return [];
        }

        var findings = new List<Finding>();
        var context = new ComparisonContext(
            new ClaimSide(summary.Document, summary.Extraction.Claims, SentencesOf(summary.Extraction.Blocks)),
            new ClaimSide(source.Document, source.Extraction.Claims, SentencesOf(source.Extraction.Blocks)),
            Policy.Alpha,
            (descriptor, at, also, args) =>
            {
                if (Policy.Report(descriptor, null, at, also, args) is { } finding)
                {
                    findings.Add(finding);
                }
            });
        ComparisonContext.RunAll(context);
        return [.. findings.OrderBy(f => f.Location.Span.Start)];
    }

    /// <summary>The sentences of the blocks of <paramref name="blocks"/>, in reading order.</summary>
    internal static IEnumerable<Sentence> SentencesOf(IEnumerable<BlockClaims> blocks) => blocks.SelectMany(b => b.Block?.Sentences ?? []);
}
