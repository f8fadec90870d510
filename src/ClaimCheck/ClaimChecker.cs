using ClaimCheck.Documents;
using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction;
using ClaimCheck.Parsing;
using ClaimCheck.Segmenting;
using ClaimCheck.Verification;
using ClaimCheck.Verification.Comparison;

namespace ClaimCheck;

/// <summary>
/// The front door: read saved pages with default options. For other limits, create a
/// <see cref="ThreadReader"/> with <see cref="ReaderOptions"/>. Thread-safe.
/// </summary>
public static class ClaimChecker
{
    private static readonly ThreadReader DefaultReader = new();
    private static readonly Verifier DefaultVerifier = new();

    /// <summary>Reads and parses the file at <paramref name="path"/>; bad input gives a failed <see cref="ReadResult"/>, not an exception.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ReadResult ReadFile(string path) => DefaultReader.ReadFile(path);

    /// <summary>Parses already decoded text (HTML or plain text, decided from the content).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ThreadDocument Parse(string text, string? path = null) => DefaultReader.Parse(text, path);

    /// <summary>Reads, extracts and verifies the file at <paramref name="path"/> with default options; bad input gives a CC9002 finding, not an exception.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static CheckResult CheckFile(string path) => Check(DefaultReader.ReadFile(path), DefaultVerifier);

    /// <summary>Extracts and verifies already decoded text (HTML or plain text) with default options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static CheckResult Check(string text, string? path = null)
    {
        var document = DefaultReader.Parse(text, path);
        return Check(new ReadResult(path, document, document.InputFindings), DefaultVerifier);
    }

    /// <summary>Extracts and verifies a read input with <paramref name="verifier"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CheckResult Check(ReadResult read, Verifier verifier)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(verifier);
        if (!read.Succeeded)
        {
            return new CheckResult(read, null, read.InputFindings);
        }

        // Segmenting runs here until ClaimPipeline composes the stages: sentences get roles, clauses and cues before extraction.
        var segmented = read with { Document = DocumentSegmenter.Segment(read.Document) };
        var extraction = ClaimExtractor.Extract(segmented.Document!);
        return new CheckResult(segmented, extraction, verifier.Verify(segmented.Document!, extraction));
    }

    /// <summary>
    /// Checks a summary (a news item, a forum post) against its source (the abstract): numbers for the
    /// same quantity must agree within rounding (CC4001), numbers the source lacks are noted (CC4002),
    /// and claims of benefit or significance must not exceed the source's results (CC4003).
    /// </summary>
    /// <param name="summaryText">The summary's text (HTML or plain text).</param>
    /// <param name="sourceText">The source's text.</param>
    /// <param name="summaryPath">The summary's path for reports, or null.</param>
    /// <param name="sourcePath">The source's path for reports, or null.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public static ComparisonResult Compare(string summaryText, string sourceText, string? summaryPath = null, string? sourcePath = null)
    {
        ArgumentNullException.ThrowIfNull(summaryText);
        ArgumentNullException.ThrowIfNull(sourceText);
        return Compare(Check(summaryText, summaryPath), Check(sourceText, sourcePath), VerifierOptions.Default);
    }

    /// <summary>Checks two already checked inputs against each other (see <see cref="Compare(string, string, string?, string?)"/>).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ComparisonResult Compare(CheckResult summary, CheckResult source, VerifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        if (summary.Extraction is null || source.Extraction is null)
        {
            return new ComparisonResult(summary, source, []);
        }

        var findings = new List<Finding>();
        SummaryComparer.Compare(new ClaimSide(summary.Document!, summary.Extraction.Claims), new ClaimSide(source.Document!, source.Extraction.Claims), options.Alpha,
            (descriptor, at, also, severity, args) =>
            {
                Severity chosen = severity ?? descriptor.DefaultSeverity;
                if (options.Severities.TryGetValue(descriptor.Id, out var overridden))
                {
                    if (overridden is null)
                    {
                        return;
                    }

                    chosen = overridden.Value;
                }

                string message = string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, args);
                findings.Add(new Finding(descriptor, chosen, message, at, [.. also.Take(Finding.MaxAdditionalLocations)]));
            });
        return new ComparisonResult(summary, source, [.. findings.OrderBy(f => f.Location.Span.Start)]);
    }
}
