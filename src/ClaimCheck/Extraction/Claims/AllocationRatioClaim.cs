using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>An allocation ratio in a sentence about randomisation: <c>2:1</c>, <c>1:1:1</c>. Immutable.</summary>
public sealed record AllocationRatioClaim : Claim
{
    internal AllocationRatioClaim(TextSpan span, string text, TextSpan sentenceSpan, ImmutableArray<ReportedNumber> parts)
        : base(span, text, sentenceSpan)
    {
        Parts = parts;
    }

    /// <summary>The parts in text order; at least two.</summary>
    public ImmutableArray<ReportedNumber> Parts { get; internal init; }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.AllocationRatio;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("Allocation").Add("parts", string.Join(':', Parts.Select(p => p.ToString())));

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers => Parts;
}
