using System.Collections.Immutable;

namespace ClaimCheck.Parsing;

/// <summary>
/// Which files of a folder are pages to read. A saved page is plain text (<c>.txt</c>) or HTML
/// (<c>.html</c>, <c>.htm</c>); everything else in a folder (provenance notes, gold files, JSON) is not
/// an input. A file named explicitly is read whatever its extension. Thread-safe.
/// </summary>
public static class InputFiles
{
    /// <summary>The extensions of pages, lower-case with the dot: <c>.txt</c>, <c>.html</c>, <c>.htm</c>.</summary>
    public static ImmutableArray<string> PageExtensions { get; } = [".txt", ".html", ".htm"];

    /// <summary>True when <paramref name="path"/> has one of <see cref="PageExtensions"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static bool IsPage(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path);
        return PageExtensions.Any(e => string.Equals(e, extension, StringComparison.OrdinalIgnoreCase));
    }
}
