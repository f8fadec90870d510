using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// Wording about significance, difference or benefit, for the language rules:
/// <c>significantly reduced</c>, <c>No significant differences</c>, <c>similar</c>,
/// <c>may offer potential benefits</c>. <see cref="Claim.Span"/> is the wording itself;
/// <see cref="Claim.SentenceSpan"/> the sentence it stands in. Statements of purpose ("to assess
/// whether X improves") give none. Immutable.
/// </summary>
/// <param name="Span">The wording, e.g. <c>significantly reduced</c>.</param>
/// <param name="Text">The source text of <paramref name="Span"/>.</param>
/// <param name="SentenceSpan">The span of the sentence.</param>
/// <param name="Wording">What the wording says.</param>
/// <param name="IsHedged">True when a hedge ("may", "might", "potential", "possibly") qualifies it in the sentence.</param>
public sealed record SignificanceStatement(TextSpan Span, string Text, TextSpan SentenceSpan, SignificanceWording Wording, bool IsHedged) : Claim(Span, Text, SentenceSpan)
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Significance;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("Significance").Add("w", Wording.ToString()).Flag("hedged", IsHedged);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers => [];
}
