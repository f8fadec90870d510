using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing.Html;

/// <summary>Parses a saved HTML page into a document.</summary>
internal static class HtmlThreadParser
{
    internal static ThreadDocument Parse(string html, string? path, ImmutableArray<Finding> inputFindings)
        => new(SourceText.From(html, path), DocumentKind.PlainText, null, null, [], inputFindings);
}
