using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// Wording about significance, difference or benefit, for the language rules:
/// <c>significantly reduced</c>, <c>No significant differences</c>, <c>similar</c>,
/// <c>may offer potential benefits</c>. <see cref="Claim.Span"/> is the wording itself;
/// <see cref="Claim.SentenceSpan"/> the sentence it stands in. Statements of purpose ("to assess
/// whether X improves") give none. Immutable.
/// </summary>
public sealed record SignificanceStatement : Claim
{
    internal SignificanceStatement(TextSpan span, string text, TextSpan sentenceSpan, SignificanceWording wording, bool isHedged)
        : base(span, text, sentenceSpan)
    {
        Wording = wording;
        IsHedged = isHedged;
    }

    /// <summary>What the wording says.</summary>
    public SignificanceWording Wording { get; internal init; }

    /// <summary>True when a hedge ("may", "might", "potential", "possibly") qualifies it in the sentence.</summary>
    public bool IsHedged { get; internal init; }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Significance;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("Significance").Add("w", Wording.ToString()).Flag("hedged", IsHedged);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers => [];
}
