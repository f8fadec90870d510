using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Parsing;
using ClaimCheck.Verification;

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

        var extraction = ClaimExtractor.Extract(read.Document);
        return new CheckResult(read, extraction, verifier.Verify(read.Document, extraction));
    }
}
