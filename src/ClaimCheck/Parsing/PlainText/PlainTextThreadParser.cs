using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing.PlainText;

/// <summary>Parses a page saved as plain text.</summary>
internal static class PlainTextThreadParser
{
    internal static ThreadDocument Parse(SourceText source, ImmutableArray<Finding> inputFindings)
        => new(source, DocumentKind.PlainText, null, null, [], inputFindings);
}
