using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Linking;

namespace ClaimCheck.Verification;

/// <summary>
/// The verification stage: links the claims of each block, runs every rule, and returns the findings
/// (with the input findings of reading and extraction) in text order, severities as configured.
/// Immutable and thread-safe.
/// </summary>
public sealed class Verifier
{
    /// <summary>Creates a verifier.</summary>
    /// <param name="options">Severity overrides and α; <see cref="VerifierOptions.Default"/> when null.</param>
    public Verifier(VerifierOptions? options = null) => Options = options ?? VerifierOptions.Default;

    /// <summary>The options in force.</summary>
    public VerifierOptions Options { get; }

    /// <summary>Checks one document's claims.</summary>
    /// <param name="document">The parsed document, segmented by <see cref="Segmenting.DocumentSegmenter.Segment(ThreadDocument)"/> before its claims were extracted (the language rules read its sentences' roles and cues).</param>
    /// <param name="extraction">Its claims, from <see cref="ClaimExtractor.Extract(ThreadDocument)"/>.</param>
    /// <returns>All findings, ordered by position then id.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ImmutableArray<Finding> Verify(ThreadDocument document, ExtractionResult extraction)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(extraction);
        var findings = new List<Finding>();
        foreach (var finding in document.InputFindings.Concat(extraction.Findings))
        {
            if (Apply(finding) is { } kept)
            {
                findings.Add(kept);
            }
        }

        if (!document.Blocks.Any(b => b.Kind == BlockKind.ArticleText) && Apply(Finding.Create(InputRules.NoArticleText, Location.ForFile(document.Path),
                "no quoted abstract or article text was found; only commentary was checked")) is { } none)
        {
            findings.Add(none);
        }

        var context = new RuleContext(document, extraction, Linker.Link(extraction), Options, findings);
        foreach (var rule in RuleCatalog.Rules)
        {
            rule.Analyze(context);
        }

        return [.. findings.OrderBy(f => f.Location.Span.Start).ThenBy(f => f.Id, StringComparer.Ordinal)];
    }

    private Finding? Apply(Finding finding)
    {
        if (!Options.Severities.TryGetValue(finding.Id, out var severity))
        {
            return finding;
        }

        return severity is null ? null : finding with { Severity = severity.Value };
    }
}
