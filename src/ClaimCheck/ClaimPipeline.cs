using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Linking;
using ClaimCheck.Segmenting;
using ClaimCheck.Parsing;
using ClaimCheck.Verification;

namespace ClaimCheck;

/// <summary>
/// ClaimCheck's stages put together once: Reader → Segmenting → Extraction → Linking → Verification, each
/// stage reading the facts of the one before. Build one with <see cref="ClaimPipelineBuilder"/> (or use
/// <see cref="Default"/>) and use it for every input: it is immutable and thread-safe, so one pipeline may
/// check any number of inputs at once.
/// </summary>
public sealed class ClaimPipeline
{
    internal ClaimPipeline(ThreadReader reader, Verifier verifier)
    {
        Reader = reader;
        Verifier = verifier;
    }

    /// <summary>The built-in rules with the default options and reader.</summary>
    public static ClaimPipeline Default { get; } = new ClaimPipelineBuilder().UseDefaultRules().Build();

    /// <summary>The reading stage (limits, input format).</summary>
    public ThreadReader Reader { get; }

    /// <summary>The verification options in force (severities, α).</summary>
    public VerifierOptions Options => Verifier.Options;

    /// <summary>The descriptors of every finding the pipeline can report, one per id, ordered by id: the input findings and its rules'.</summary>
    public ImmutableArray<RuleDescriptor> Rules =>
        [.. RuleCatalog.Stages.Concat(Verifier.Rules.SelectMany(r => r.Declared)).DistinctBy(d => d.Id, StringComparer.Ordinal).OrderBy(d => d.Id, StringComparer.Ordinal)];

    internal Verifier Verifier { get; }

    /// <summary>Extracts, links and verifies a read input; an unreadable one gives its CC9002 finding (unless the options turn it off).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is null.</exception>
    public CheckResult Check(ReadResult read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return Run(read, Verifier);
    }

    /// <summary>Checks already decoded text (HTML or plain text, decided from the content); no size limit applies.</summary>
    /// <param name="text">The page's text.</param>
    /// <param name="path">The path to report, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public CheckResult Check(string text, string? path)
    {
        var document = Reader.Parse(text, path);
        return Check(new ReadResult(path, document, document.InputFindings));
    }

    /// <summary>Checks the text <paramref name="reader"/> gives to its end (already decoded; no size limit applies). The reader is not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public CheckResult Check(TextReader reader, string? path)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Check(reader.ReadToEnd(), path);
    }

    /// <summary>Reads <paramref name="stream"/> to its end as bytes (decoded and limited as a file is) and checks it. The stream is not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public CheckResult Check(Stream stream, string? path) => Check(Reader.ReadStream(stream, path));

    /// <summary>Reads and checks the file at <paramref name="path"/>; bad input gives a CC9002 finding, not an exception.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public CheckResult CheckFile(string path) => Check(Reader.ReadFile(path));

    /// <summary>
    /// Reads the file at <paramref name="path"/> asynchronously and checks it. The checking itself is
    /// CPU-bound and runs on the thread that resumes; <paramref name="cancellationToken"/> is observed while
    /// reading and between stages.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<CheckResult> CheckFileAsync(string path, CancellationToken cancellationToken = default)
        => Run(await Reader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false), Verifier, cancellationToken);

    /// <summary>Reads <paramref name="stream"/> asynchronously and checks it, as <see cref="CheckFileAsync(string, CancellationToken)"/> does a file. The stream is not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<CheckResult> CheckAsync(Stream stream, string? path = null, CancellationToken cancellationToken = default)
        => Run(await Reader.ReadStreamAsync(stream, path, cancellationToken).ConfigureAwait(false), Verifier, cancellationToken);

    /// <summary>
    /// Checks a summary (a news item, a forum post) against its source (the abstract), both already checked:
    /// numbers for the same quantity must agree within rounding (CC4001), numbers the source lacks are noted
    /// (CC4002), and the summary must not claim more than the source (CC4003: benefit for a non-significant result, cause
    /// for a correlation, a direct claim for a hedged one, everyone for a subgroup).
    /// Empty when either side could not be read.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ComparisonResult Compare(CheckResult summary, CheckResult source)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(source);
        return new ComparisonResult(summary, source, Verifier.Compare(summary, source));
    }

    /// <summary>Checks two texts (HTML or plain text) and the first against the second (see <see cref="Compare(CheckResult, CheckResult)"/>).</summary>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public ComparisonResult Compare(string summaryText, string sourceText, string? summaryPath = null, string? sourcePath = null)
    {
        ArgumentNullException.ThrowIfNull(summaryText);
        ArgumentNullException.ThrowIfNull(sourceText);
        return Compare(Check(summaryText, summaryPath), Check(sourceText, sourcePath));
    }

    /// <summary>The stages after reading, in order; the one place they are put together.</summary>
    internal static CheckResult Run(ReadResult read, Verifier verifier, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!read.Succeeded)
        {
            return new CheckResult(read, null, verifier.Filter(read.InputFindings));
        }

        // Segmenting: each sentence gets its role, clauses and cues; extraction and the rules read them.
        ThreadDocument document = DocumentSegmenter.Segment(read.Document);
        read = read with { Document = document };
        cancellationToken.ThrowIfCancellationRequested();
        var extraction = ClaimExtractor.Extract(document);
        cancellationToken.ThrowIfCancellationRequested();
        // Linking once: the result carries the linked claims (group sizes lent to percentages).
        var links = Linker.Link(extraction);
        cancellationToken.ThrowIfCancellationRequested();
        return new CheckResult(read, links.Extraction, verifier.Verify(document, links));
    }
}
