using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// The claims of a document grouped by block, and the CC9004 findings for numbers reconstructed from
/// damaged notation. Immutable and thread-safe.
/// </summary>
public sealed class ExtractionResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="source">The text every span points into.</param>
    /// <param name="blocks">The claims of every block in document order.</param>
    /// <param name="findings">CC9004 findings, one per reconstructed number; empty when none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ExtractionResult(SourceText source, ImmutableArray<BlockClaims> blocks, ImmutableArray<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        Blocks = blocks.IsDefault ? [] : blocks;
        Findings = findings.IsDefault ? [] : findings;
    }

    /// <summary>The text every span points into.</summary>
    public SourceText Source { get; }

    /// <summary>The claims of every block of the document, in document order (blocks without claims included, with an empty list).</summary>
    public ImmutableArray<BlockClaims> Blocks { get; }

    /// <summary>CC9004 (Info) findings, one per number read from damaged notation ("4 × 107" read as 4 × 10^7); empty when none.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>All claims of all blocks in document order.</summary>
    public IEnumerable<Claim> Claims => Blocks.SelectMany(b => b.Claims);
}
