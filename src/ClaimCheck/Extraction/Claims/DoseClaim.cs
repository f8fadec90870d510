using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A dose in powers of ten: <c>4 × 10^7 cells</c>, <c>5 × 10⁵ cells/kg</c>, and the same with the
/// superscript lost in copying (<c>4 × 107 cells/dose</c>), read as 4 × 10^7 with
/// <see cref="ReportedNumber.IsReconstructed"/> set (rule CC9004). Immutable.
/// </summary>
/// <param name="Span">From the mantissa to the end of the unit.</param>
/// <param name="Text">The source text of <paramref name="Span"/>.</param>
/// <param name="SentenceSpan">The span of the sentence.</param>
/// <param name="Amount">The amount (its <see cref="ReportedNumber.Exponent"/> is the power of ten).</param>
/// <param name="Unit">The unit as written ("cells/dose", "cells/kg", "CFU").</param>
public sealed record DoseClaim(TextSpan Span, string Text, TextSpan SentenceSpan, ReportedNumber Amount, string Unit) : Claim(Span, Text, SentenceSpan)
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Dose;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("Dose").Add("amount", Amount).Add("unit", Unit);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers => [Amount];
}
