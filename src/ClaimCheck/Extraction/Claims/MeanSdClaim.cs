using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>A mean with its spread: <c>34.8 ± 14.6</c>, <c>322 ± 104 m</c>, <c>5.2 (SD 1.3)</c>. Immutable.</summary>
/// <param name="Span">From the mean to the spread (and its unit).</param>
/// <param name="Text">The source text of <paramref name="Span"/>.</param>
/// <param name="SentenceSpan">The span of the sentence.</param>
/// <param name="Mean">The mean.</param>
/// <param name="Spread">The SD or SE.</param>
/// <param name="SpreadKind">What <paramref name="Spread"/> is, when the sentence says ("mean ± SD", "(SEM)").</param>
/// <param name="Unit">The unit printed with the values ("m", "kg", "%"), or null.</param>
public sealed record MeanSdClaim(
    TextSpan Span,
    string Text,
    TextSpan SentenceSpan,
    ReportedNumber Mean,
    ReportedNumber Spread,
    SpreadKind SpreadKind,
    string? Unit) : Claim(Span, Text, SentenceSpan)
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.MeanSd;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("MeanSd").Add("mean", Mean).Add("sd", Spread)
            .Add("kind", SpreadKind switch { SpreadKind.StandardDeviation => "SD", SpreadKind.StandardError => "SE", _ => null }).Add("unit", Unit);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers => [Mean, Spread];
}
