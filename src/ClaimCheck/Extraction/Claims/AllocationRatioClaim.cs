using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>An allocation ratio in a sentence about randomisation: <c>2:1</c>, <c>1:1:1</c>. Immutable.</summary>
/// <param name="Span">The ratio, e.g. <c>2:1</c>.</param>
/// <param name="Text">The source text of <paramref name="Span"/>.</param>
/// <param name="SentenceSpan">The span of the sentence.</param>
/// <param name="Parts">The parts in text order; at least two.</param>
public sealed record AllocationRatioClaim(TextSpan Span, string Text, TextSpan SentenceSpan, ImmutableArray<ReportedNumber> Parts) : Claim(Span, Text, SentenceSpan)
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.AllocationRatio;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("Allocation").Add("parts", string.Join(':', Parts.Select(p => p.ToString())));

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers => Parts;
}
