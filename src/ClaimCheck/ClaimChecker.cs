using ClaimCheck.Documents;
using ClaimCheck.Parsing;
using ClaimCheck.Segmenting;
using ClaimCheck.Verification;

namespace ClaimCheck;

/// <summary>
/// The front door: read and check saved pages with <see cref="ClaimPipeline.Default"/> (the built-in rules,
/// default options). For other options or a rule of your own, build a pipeline with
/// <see cref="ClaimPipelineBuilder"/>. Thread-safe.
/// </summary>
public static class ClaimChecker
{
    private static ClaimPipeline Pipeline => ClaimPipeline.Default;

    /// <summary>Reads and parses the file at <paramref name="path"/>; bad input gives a failed <see cref="ReadResult"/>, not an exception.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ReadResult ReadFile(string path) => Pipeline.Reader.ReadFile(path);

    /// <summary>Parses already decoded text (HTML or plain text, decided from the content).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ThreadDocument Parse(string text, string? path = null) => Pipeline.Reader.Parse(text, path);

    /// <summary>Reads, extracts and verifies the file at <paramref name="path"/> with default options; bad input gives a CC9002 finding, not an exception.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static CheckResult CheckFile(string path) => Pipeline.CheckFile(path);

    /// <summary>Reads the file at <paramref name="path"/> asynchronously and checks it with default options (<see cref="ClaimPipeline.CheckFileAsync(string, CancellationToken)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<CheckResult> CheckFileAsync(string path, CancellationToken cancellationToken = default) => Pipeline.CheckFileAsync(path, cancellationToken);

    /// <summary>Extracts and verifies already decoded text (HTML or plain text) with default options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static CheckResult Check(string text, string? path = null) => Pipeline.Check(text, path);

    /// <summary>Checks the text <paramref name="reader"/> gives to its end with default options. The reader is not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static CheckResult Check(TextReader reader, string? path) => Pipeline.Check(reader, path);

    /// <summary>Reads <paramref name="stream"/> as bytes (decoded and limited as a file is) and checks it with default options. The stream is not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static CheckResult Check(Stream stream, string? path) => Pipeline.Check(stream, path);

    /// <summary>Reads <paramref name="stream"/> asynchronously and checks it with default options (<see cref="ClaimPipeline.CheckAsync(Stream, string?, CancellationToken)"/>). The stream is not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<CheckResult> CheckAsync(Stream stream, string? path = null, CancellationToken cancellationToken = default)
        => Pipeline.CheckAsync(stream, path, cancellationToken);

    /// <summary>Extracts and verifies a read input with <paramref name="verifier"/> (the built-in rules with its options).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CheckResult Check(ReadResult read, Verifier verifier)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(verifier);
        return ClaimPipeline.Run(read, verifier);
    }

    /// <summary>
    /// Checks a summary (a news item, a forum post) against its source (the abstract) with default options:
    /// numbers for the same quantity must agree within rounding (CC4001), numbers the source lacks are noted
    /// (CC4002), and the summary must not claim more than the source (CC4003: benefit for a non-significant result, cause
    /// for a correlation, a direct claim for a hedged one, everyone for a subgroup).
    /// </summary>
    /// <param name="summaryText">The summary's text (HTML or plain text).</param>
    /// <param name="sourceText">The source's text.</param>
    /// <param name="summaryPath">The summary's path for reports, or null.</param>
    /// <param name="sourcePath">The source's path for reports, or null.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public static ComparisonResult Compare(string summaryText, string sourceText, string? summaryPath = null, string? sourcePath = null)
        => Pipeline.Compare(summaryText, sourceText, summaryPath, sourcePath);

    /// <summary>As <see cref="Compare(string, string, string?, string?)"/>, with <paramref name="options"/> (severities, α) for both checks and the comparison.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options set the severity of an id no built-in rule reports.</exception>
    public static ComparisonResult Compare(string summaryText, string sourceText, VerifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ClaimPipelineBuilder().UseDefaultRules().WithOptions(options).Build().Compare(summaryText, sourceText);
    }

    /// <summary>Checks two already checked inputs against each other (see <see cref="Compare(string, string, string?, string?)"/>) with <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options set the severity of an id no built-in rule reports.</exception>
    public static ComparisonResult Compare(CheckResult summary, CheckResult source, VerifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        return new ComparisonResult(summary, source, new Verifier(options).Compare(summary, source));
    }
}
