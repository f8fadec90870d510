using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A p-value that is not part of an estimate, a test statistic or a comparison:
/// <c>p = 0.030</c>, <c>P&lt;0.001</c>, <c>p = .03</c>, <c>(p = n.s.)</c>. Significance thresholds
/// ("p &lt; 0.05 was considered significant") are not claims. Immutable.
/// </summary>
public sealed record PValueClaim : Claim, ITestedClaim
{
    internal PValueClaim(TextSpan span, string text, TextSpan sentenceSpan, PValue p)
        : base(span, text, sentenceSpan)
    {
        P = p;
    }

    /// <summary>The relation and value as written.</summary>
    public PValue P { get; internal init; }

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
