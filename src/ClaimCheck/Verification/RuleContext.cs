using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;
using ClaimCheck.Text;

namespace ClaimCheck.Verification;

/// <summary>
/// What a rule sees while it checks one document: the document, its claims, α, and
/// <see cref="Report(RuleDescriptor, TextSpan, object[])"/>. Made by the pipeline for one document and
/// valid only during <see cref="ClaimRule.Analyze(RuleContext)"/>; not thread-safe (one document is
/// checked on one thread).
/// </summary>
public sealed class RuleContext
{
    private readonly List<Finding> _findings;
    private readonly FindingPolicy _policy;
    private ImmutableArray<Claim> _claims;
    private ImmutableArray<RuleDescriptor> _declared;
    private Dictionary<TextSpan, List<Claim>>? _claimsBySentence;
    private Dictionary<TextSpan, TextSpan>? _previousSentence;
    private (TextSpan Span, string Text)? _lastSentence;
    private ResultEvidence? _results;

    internal RuleContext(ThreadDocument document, ClaimLinks links, FindingPolicy policy, List<Finding> findings)
    {
        Document = document;
        Links = links;
        _policy = policy;
        _findings = findings;
    }

    /// <summary>The parsed document: posts, blocks, sentences, and the source text every span points into.</summary>
    public ThreadDocument Document { get; }

    /// <summary>Every claim of the document, in text order within each block.</summary>
    public ImmutableArray<Claim> Claims => _claims.IsDefault ? _claims = [.. Extraction.Claims] : _claims;

    /// <summary>The significance level for decisions (<see cref="VerifierOptions.Alpha"/>).</summary>
    public double Alpha => _policy.Alpha;

    /// <summary>Whether one-sided readings are tried for every test: the text declares one-sided tests somewhere, or the options assume them.</summary>
    internal bool OneSidedTestsAllowed => Links.DeclaresOneSidedTests || _policy.AssumeOneSidedTests;

    /// <summary>Why one-sided readings are tried, for messages: the text's declaration or the options.</summary>
    internal string OneSidedReason => Links.DeclaresOneSidedTests ? "as the text declares one-sided tests" : "as the options assume one-sided tests";

    internal SourceText Source => Document.Source;

    /// <summary>The claims, as linked (group sizes lent to percentages).</summary>
    internal ExtractionResult Extraction => Links.Extraction;

    /// <summary>What Linking found in the document.</summary>
    internal ClaimLinks Links { get; }

    /// <summary>What each numeric result says about significance, clause by clause, worked out once per document (<see cref="ResultEvidence"/>).</summary>
    internal ResultEvidence Results => _results ??= ResultEvidence.Build(Document, Extraction, Alpha);

    /// <summary>The segmented sentence whose span is <paramref name="span"/> (with its role, clauses and cues), or null.</summary>
    internal Sentence? SentenceAt(TextSpan span) => Document.SentenceAt(span);

    /// <summary>
    /// Reports a finding of the running rule at <paramref name="span"/> (a span of <see cref="Document"/>'s
    /// source), its message <paramref name="descriptor"/>'s format filled with <paramref name="messageArgs"/>
    /// (invariant culture), at the severity the options give the id, or not at all when they turn it off.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> does not lie within the document's source text.</exception>
    /// <exception cref="InvalidOperationException">The running rule does not list <paramref name="descriptor"/>'s id in <see cref="ClaimRule.SupportedRules"/>.</exception>
    public void Report(RuleDescriptor descriptor, TextSpan span, params object[] messageArgs)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(span.End, Source.Length, nameof(span));
        Report(descriptor, span, [], null, messageArgs);
    }

    /// <summary>Reports a finding at <paramref name="primary"/> with the rule's severity (or <paramref name="severity"/> when the rule chooses one for this case), unless the user turned the rule off.</summary>
    internal void Report(RuleDescriptor descriptor, TextSpan primary, IEnumerable<TextSpan> additional, Severity? severity, params object[] args)
    {
        Declared(descriptor);
        if (_policy.Report(descriptor, severity, Location.In(Source, primary), additional.Select(s => Location.In(Source, s)), args) is { } finding)
        {
            _findings.Add(finding);
        }
    }

    /// <summary>Reports a finding at <paramref name="primary"/> with further <paramref name="additional"/> locations (a comparison's, which may lie in another document).</summary>
    internal void Report(RuleDescriptor descriptor, Location primary, IEnumerable<Location> additional, object[] args)
    {
        Declared(descriptor);
        if (_policy.Report(descriptor, null, primary, additional, args) is { } finding)
        {
            _findings.Add(finding);
        }
    }

    /// <summary>Reports a finding about the whole input, located at its start with no text (as reading's findings are).</summary>
    internal void ReportForFile(RuleDescriptor descriptor, params object[] args)
    {
        Declared(descriptor);
        if (_policy.Report(descriptor, null, Location.ForFile(Document.Path), [], args) is { } finding)
        {
            _findings.Add(finding);
        }
    }

    /// <summary>Sets the rule whose findings are reported next, with the descriptors it declared.</summary>
    internal void Running(ImmutableArray<RuleDescriptor> declared) => _declared = declared;

    private void Declared(RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        foreach (var supported in _declared.IsDefault ? [] : _declared)
        {
            if (string.Equals(supported.Id, descriptor.Id, StringComparison.Ordinal))
            {
                return;
            }
        }

        // Not an assertion: a user's rule must learn this in a release build too, and a test must see it without the process ending.
        throw new InvalidOperationException($"A rule reported {descriptor.Id}, which is not in its SupportedRules; declare every descriptor a rule reports.");
    }

    /// <summary>
    /// The claims of the sentence at <paramref name="sentence"/>, in order; empty when none. Rules ask this per
    /// claim, so the index is built once per document: scanning the block each time is quadratic in a long block.
    /// </summary>
    internal IReadOnlyList<Claim> ClaimsOfSentence(TextSpan sentence)
    {
        if (_claimsBySentence is null)
        {
            _claimsBySentence = [];
            foreach (var block in Extraction.Blocks)
            {
                foreach (var claim in block.Claims)
                {
                    if (!_claimsBySentence.TryGetValue(claim.SentenceSpan, out var list))
                    {
                        _claimsBySentence[claim.SentenceSpan] = list = [];
                    }

                    list.Add(claim);
                }
            }
        }

        return _claimsBySentence.TryGetValue(sentence, out var claims) ? claims : [];
    }

    /// <summary>The sentence before <paramref name="sentence"/> in its block, or null for a block's first sentence or an unknown span.</summary>
    internal TextSpan? SentenceBefore(TextSpan sentence)
    {
        if (_previousSentence is null)
        {
            _previousSentence = [];
            foreach (var block in Document.Blocks)
            {
                for (int i = 1; i < block.Sentences.Length; i++)
                {
                    _previousSentence[block.Sentences[i].Span] = block.Sentences[i - 1].Span;
                }
            }
        }

        return _previousSentence.TryGetValue(sentence, out var previous) ? previous : null;
    }

    /// <summary>The text of the sentence whose span is <paramref name="sentence"/>; the last one is kept, so that
    /// rules asking once per claim of a long sentence copy it once (the same instance each time).</summary>
    internal string SentenceText(TextSpan sentence)
    {
        if (_lastSentence is not { } last || last.Span != sentence)
        {
            _lastSentence = last = (sentence, Source.ToString(sentence));
        }

        return last.Text;
    }

    /// <summary>The text at <paramref name="span"/>, to quote in a message (never to match: rules read cues and claims).</summary>
    internal string Quote(TextSpan span) => Source.ToString(span);
}
