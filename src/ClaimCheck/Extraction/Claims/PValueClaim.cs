using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A p-value that is not part of an estimate, a test statistic or a comparison:
/// <c>p = 0.030</c>, <c>P&lt;0.001</c>, <c>p = .03</c>, <c>(p = n.s.)</c>. Significance thresholds
/// ("p &lt; 0.05 was considered significant") are not claims. Immutable.
/// </summary>
/// <param name="Span">The p-value, e.g. <c>p = 0.030</c>.</param>
/// <param name="Text">The source text of <paramref name="Span"/>.</param>
/// <param name="SentenceSpan">The span of the sentence.</param>
/// <param name="P">The relation and value as written.</param>
public sealed record PValueClaim(TextSpan Span, string Text, TextSpan SentenceSpan, PValue P) : Claim(Span, Text, SentenceSpan), ITestedClaim
{
    /// <inheritdoc/>
    public override ReportedNumber? Headline => P.Value;

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.PValue;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("PValue").P(P).Add("q", P.Qualifier);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers => P.Value is { } value ? [value] : [];
}
