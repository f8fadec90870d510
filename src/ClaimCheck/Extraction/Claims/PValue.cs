using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A p-value as printed: the relation and the value as written, including values that are not
/// numbers (<c>n.s.</c>) and impossible ones (negative, above 1), which later rules report. Immutable.
/// </summary>
public sealed record PValue
{
    internal PValue(TextSpan span, RelationalOperator relation, ReportedNumber? value, string valueText, string? qualifier)
    {
        Span = span;
        Relation = relation;
        Value = value;
        ValueText = valueText;
        Qualifier = qualifier;
    }

    /// <summary>From the "p" to the end of the value.</summary>
    public TextSpan Span { get; internal init; }

    /// <summary>The relation printed between "p" and the value.</summary>
    public RelationalOperator Relation { get; internal init; }

    /// <summary>The number, or null when the value is written as "n.s." or "NS".</summary>
    public ReportedNumber? Value { get; internal init; }

    /// <summary>The value as written: <c>0.030</c>, <c>.03</c>, <c>n.s.</c>.</summary>
    public string ValueText { get; internal init; }

    /// <summary>What the p-value is for when the text says so next to the "p" (<c>trend</c>, <c>interaction</c>), or null.</summary>
    public string? Qualifier { get; internal init; }

    /// <summary>True when the value is written as "not significant" (n.s., NS) rather than as a number.</summary>
    public bool IsNotSignificantNotation => Value is null;
}
