using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Parsing;

namespace ClaimCheck;

/// <summary>
/// Everything ClaimCheck made of one input: how it was read, the document, its claims and the
/// findings. For an unreadable input only <see cref="Read"/> and <see cref="Findings"/> (CC9002) are
/// set. Immutable and thread-safe.
/// </summary>
/// <param name="Read">The reading stage's result.</param>
/// <param name="Extraction">The claims, or null when the input was unreadable.</param>
/// <param name="Findings">All findings in text order (input findings included).</param>
public sealed record CheckResult(ReadResult Read, ExtractionResult? Extraction, ImmutableArray<Finding> Findings)
{
    /// <summary>The input's path, or null.</summary>
    public string? Path => Read.Path;

    /// <summary>The parsed document, or null when the input was unreadable.</summary>
    public ThreadDocument? Document => Read.Document;

    /// <summary>True when the input was read and checked: <see cref="Document"/> and <see cref="Extraction"/> are then set.</summary>
    [MemberNotNullWhen(true, nameof(Document), nameof(Extraction))]
    public bool Succeeded => Read.Document is not null && Extraction is not null;
}
