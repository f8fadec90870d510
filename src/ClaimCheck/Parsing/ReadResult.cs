using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;

namespace ClaimCheck.Parsing;

/// <summary>
/// The outcome of reading one input: the parsed document, or, when the input could not be read, no
/// document and a CC9002 finding saying why. Immutable and thread-safe.
/// </summary>
/// <param name="Path">The input's path, or null.</param>
/// <param name="Document">The parsed document; null when the input was unreadable.</param>
/// <param name="InputFindings">Findings about the input (CC9002 when unreadable, CC9003 when cut); empty when none.</param>
public sealed record ReadResult(string? Path, ThreadDocument? Document, ImmutableArray<Finding> InputFindings)
{
    /// <summary>True when a document was produced (it may still carry CC9003 for a cut input).</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    public bool Succeeded => Document is not null;

    /// <summary>The reason the input was unreadable, or null when it was read.</summary>
    public string? Error => Succeeded ? null : InputFindings.FirstOrDefault()?.Message;

    /// <summary>An unreadable input: a CC9002 finding in the wording <paramref name="reason"/> (one of <see cref="InputRules"/>' CC9002 descriptors), or CC9006 for a PDF with no text at all.</summary>
    internal static ReadResult Failed(string? path, RuleDescriptor reason, params object[] args)
        => new(path, null, [Finding.Create(reason, Location.ForFile(path), args)]);
}
