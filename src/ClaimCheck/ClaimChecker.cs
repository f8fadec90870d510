using ClaimCheck.Documents;
using ClaimCheck.Parsing;

namespace ClaimCheck;

/// <summary>
/// The front door: read saved pages with default options. For other limits, create a
/// <see cref="ThreadReader"/> with <see cref="ReaderOptions"/>. Thread-safe.
/// </summary>
public static class ClaimChecker
{
    private static readonly ThreadReader DefaultReader = new();

    /// <summary>Reads and parses the file at <paramref name="path"/>; bad input gives a failed <see cref="ReadResult"/>, not an exception.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ReadResult ReadFile(string path) => DefaultReader.ReadFile(path);

    /// <summary>Parses already decoded text (HTML or plain text, decided from the content).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ThreadDocument Parse(string text, string? path = null) => DefaultReader.Parse(text, path);
}
