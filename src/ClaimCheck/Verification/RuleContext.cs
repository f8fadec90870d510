using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Linking;
using ClaimCheck.Text;

namespace ClaimCheck.Verification;

/// <summary>What a rule sees: the document, its claims and links, and a way to report findings.</summary>
internal sealed class RuleContext
{
    private readonly List<Finding> _findings;
    private readonly VerifierOptions _options;
    private Dictionary<TextSpan, List<Extraction.Claims.Claim>>? _claimsBySentence;
    private Dictionary<TextSpan, TextSpan>? _previousSentence;
    private ResultEvidence? _results;

    internal RuleContext(ThreadDocument document, ExtractionResult extraction, ImmutableArray<BlockLinks> links, VerifierOptions options, List<Finding> findings)
    {
        Document = document;
        Extraction = extraction;
        Links = links;
        _options = options;
        _findings = findings;
    }

    internal ThreadDocument Document { get; }

    internal SourceText Source => Document.Source;

    internal ExtractionResult Extraction { get; }

    internal ImmutableArray<BlockLinks> Links { get; }

    internal double Alpha => _options.Alpha;

    /// <summary>What each numeric result says about significance, clause by clause, worked out once per document (<see cref="ResultEvidence"/>).</summary>
    internal ResultEvidence Results => _results ??= ResultEvidence.Build(Document, Extraction, Alpha);

    /// <summary>The segmented sentence whose span is <paramref name="span"/> (with its role, clauses and cues), or null.</summary>
    internal Sentence? SentenceAt(TextSpan span) => Document.SentenceAt(span);

    /// <summary>Reports a finding at <paramref name="primary"/> with the rule's severity (or <paramref name="severity"/> when the rule chooses one for this case), unless the user turned the rule off.</summary>
    internal void Report(RuleDescriptor descriptor, TextSpan primary, IEnumerable<TextSpan> additional, Severity? severity, params object[] args)
    {
        Severity chosen = severity ?? descriptor.DefaultSeverity;
        if (_options.Severities.TryGetValue(descriptor.Id, out var overridden))
        {
            if (overridden is null)
            {
                return;
            }

            chosen = overridden.Value;
        }

        string message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args);
        var locations = additional.Where(s => s != primary).Distinct().Take(Finding.MaxAdditionalLocations).Select(s => Location.In(Source, s)).ToImmutableArray();
        _findings.Add(new Finding(descriptor, chosen, message, Location.In(Source, primary), locations));
    }

    /// <summary>
    /// The claims of the sentence at <paramref name="sentence"/>, in order; empty when none. Rules ask this per
    /// claim, so the index is built once per document: scanning the block each time is quadratic in a long block.
    /// </summary>
    internal IReadOnlyList<Extraction.Claims.Claim> ClaimsOfSentence(TextSpan sentence)
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

    /// <summary>The text of the sentence whose span is <paramref name="sentence"/>.</summary>
    internal string SentenceText(TextSpan sentence) => Source.ToString(sentence);

    /// <summary>The text at <paramref name="span"/>, to quote in a message (never to match: rules read cues and claims).</summary>
    internal string Quote(TextSpan span) => Source.ToString(span);
}
