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

    internal RuleContext(ThreadDocument document, ClaimLinks links, VerifierOptions options, List<Finding> findings)
    {
        Document = document;
        Links = links;
        _options = options;
        _findings = findings;
    }

    internal ThreadDocument Document { get; }

    internal SourceText Source => Document.Source;

    /// <summary>The claims, as linked (group sizes lent to percentages).</summary>
    internal ExtractionResult Extraction => Links.Extraction;

    /// <summary>What Linking found in the document.</summary>
    internal ClaimLinks Links { get; }

    internal double Alpha => _options.Alpha;

    /// <summary>For a block without headings, which of its sentences conclude (the sentence-role model); null when no model is used.</summary>
    internal Func<Block, IReadOnlyList<bool>>? RoleModel { get; init; }

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

    /// <summary>The text of the sentence whose span is <paramref name="sentence"/>.</summary>
    internal string SentenceText(TextSpan sentence) => Source.ToString(sentence);
}
