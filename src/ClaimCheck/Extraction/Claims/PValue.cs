using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A p-value as printed: the relation and the value as written, including values that are not
/// numbers (<c>n.s.</c>) and impossible ones (negative, above 1), which later rules report. Immutable.
/// </summary>
/// <param name="Span">From the "p" to the end of the value.</param>
/// <param name="Relation">The relation printed between "p" and the value.</param>
/// <param name="Value">The number, or null when the value is written as "n.s." or "NS".</param>
/// <param name="ValueText">The value as written: <c>0.030</c>, <c>.03</c>, <c>n.s.</c>.</param>
/// <param name="Qualifier">What the p-value is for when the text says so next to the "p" (<c>trend</c>, <c>interaction</c>), or null.</param>
public sealed record PValue(TextSpan Span, RelationalOperator Relation, ReportedNumber? Value, string ValueText, string? Qualifier)
{
    /// <summary>True when the value is written as "not significant" (n.s., NS) rather than as a number.</summary>
    public bool IsNotSignificantNotation => Value is null;
}
