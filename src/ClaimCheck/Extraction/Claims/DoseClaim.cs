using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A dose in powers of ten: <c>4 × 10^7 cells</c>, <c>5 × 10⁵ cells/kg</c>, and the same with the
/// superscript lost in copying (<c>4 × 107 cells/dose</c>), read as 4 × 10^7 with
/// <see cref="ReportedNumber.IsReconstructed"/> set (rule CC9004). Immutable.
/// </summary>
public sealed record DoseClaim : Claim
{
    internal DoseClaim(TextSpan span, string text, TextSpan sentenceSpan, ReportedNumber amount, string unit)
        : base(span, text, sentenceSpan)
    {
        Amount = amount;
        Unit = unit;
    }

    /// <summary>The amount (its <see cref="ReportedNumber.Exponent"/> is the power of ten).</summary>
    public ReportedNumber Amount { get; internal init; }

    /// <summary>The unit as written ("cells/dose", "cells/kg", "CFU").</summary>
    public string Unit { get; internal init; }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Dose;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("Dose").Add("amount", Amount).Add("unit", Unit);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers => [Amount];
}
