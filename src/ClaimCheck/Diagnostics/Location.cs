using ClaimCheck.Text;

namespace ClaimCheck.Diagnostics;

/// <summary>
/// Where a finding points: a span of a document's <see cref="SourceText"/>, the exact text there, and
/// its 1-based line and column in the original file. Immutable.
/// </summary>
/// <param name="Path">The input's path, or null for text that did not come from a file.</param>
/// <param name="Span">The span in the document's source text.</param>
/// <param name="Text">The source text of the span.</param>
/// <param name="Position">Line and column of the span's start in the original file (1-based); in a PDF, the line counts from the top of <see cref="Page"/>.</param>
public sealed record Location(string? Path, TextSpan Span, string Text, LinePosition Position)
{
    /// <summary>The 1-based page of the span's start in a paginated input (a PDF); null for every other input.</summary>
    public int? Page { get; init; }

    /// <summary>Creates the location of <paramref name="span"/> in <paramref name="source"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static Location In(SourceText source, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Location(source.Path, span, source.ToString(span), source.GetLinePosition(span.Start)) { Page = source.GetPage(span.Start) };
    }

    /// <summary>The position as people read it: "12:5", or "page 3, line 12, column 5" in a PDF. Invariant culture.</summary>
    public string Describe()
        => Page is { } page
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"page {page}, line {Position.Line}, column {Position.Column}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Position.Line}:{Position.Column}");

    /// <summary>A location for a whole input that has no text to point at (for example an unreadable file).</summary>
    public static Location ForFile(string? path) => new(path, default, string.Empty, new LinePosition(1, 1));
}
