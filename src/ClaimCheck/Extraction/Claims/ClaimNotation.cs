using System.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// Writes a claim's canonical text form, <c>Proportion k=23 n=49 pct=46.94% label=MSC_group</c>: the kind, then
/// <c>key=value</c> fields in a fixed order, numbers as printed (with a percent sign when there was one), spaces in
/// values written <c>_</c>, absent fields and false flags left out, and a p written with its relation
/// (<c>p&lt;0.001</c>). Tests and tools read claims in this notation.
/// </summary>
internal sealed class ClaimNotation
{
    private readonly StringBuilder _text = new();

    internal ClaimNotation(string kind) => _text.Append(kind);

    internal ClaimNotation Add(string key, ReportedNumber? number) => number is { } n ? Field(key, '=', n.ToString()) : this;

    internal ClaimNotation Add(string key, string? value) => value is null ? this : Field(key, '=', value);

    internal ClaimNotation Flag(string key, bool value) => value ? Field(key, '=', "1") : this;

    /// <summary>An interval as <c>level=95% lo=0.65 hi=4.34</c>.</summary>
    internal ClaimNotation Interval(ConfidenceInterval? ci)
        => ci is null ? this : Add("level", ci.Level).Add("lo", ci.Lower).Add("hi", ci.Upper);

    /// <summary>A p-value as <c>p=0.03</c>, <c>p&lt;0.001</c> or <c>p=n.s.</c>.</summary>
    internal ClaimNotation P(PValue? p)
    {
        if (p is null)
        {
            return this;
        }

        char relation = p.Relation switch
        {
            RelationalOperator.Less => '<',
            RelationalOperator.LessOrEqual => '≤',
            RelationalOperator.Greater => '>',
            RelationalOperator.GreaterOrEqual => '≥',
            _ => '=',
        };
        return Field("p", relation, p.Value?.ToString() ?? p.ValueText);
    }

    public override string ToString() => _text.ToString();

    private ClaimNotation Field(string key, char relation, string value)
    {
        _text.Append(' ').Append(key).Append(relation).Append(value.Replace(' ', '_'));
        return this;
    }
}
