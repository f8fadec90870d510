using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>A mean with its spread: <c>34.8 ± 14.6</c>, <c>322 ± 104 m</c>, <c>5.2 (SD 1.3)</c>. Immutable.</summary>
public sealed record MeanSdClaim : Claim
{
    internal MeanSdClaim(TextSpan span, string text, TextSpan sentenceSpan, ReportedNumber mean, ReportedNumber spread, SpreadKind spreadKind, string? unit)
        : base(span, text, sentenceSpan)
    {
        Mean = mean;
        Spread = spread;
        SpreadKind = spreadKind;
        Unit = unit;
    }

    /// <summary>The mean.</summary>
    public ReportedNumber Mean { get; internal init; }

    /// <summary>The SD or SE.</summary>
    public ReportedNumber Spread { get; internal init; }

    /// <summary>What <see cref="Spread"/> is, when the sentence says ("mean ± SD", "(SEM)").</summary>
    public SpreadKind SpreadKind { get; internal init; }

    /// <summary>The unit printed with the values ("m", "kg", "%"), or null.</summary>
    public string? Unit { get; internal init; }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.MeanSd;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("MeanSd").Add("mean", Mean).Add("sd", Spread)
            .Add("kind", SpreadKind switch { SpreadKind.StandardDeviation => "SD", SpreadKind.StandardError => "SE", _ => null }).Add("unit", Unit);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers => [Mean, Spread];
}
