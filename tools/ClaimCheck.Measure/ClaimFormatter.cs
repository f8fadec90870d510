using System.Globalization;
using System.Text;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Measure;

/// <summary>One-line descriptions of claims with their parsed values, for the audit lists.</summary>
internal static class ClaimFormatter
{
    internal static string Describe(Claim claim)
    {
        var b = new StringBuilder();
        switch (claim)
        {
            case ProportionClaim p:
                Add(b, "k", p.Count);
                Add(b, "n", p.Total);
                Add(b, "pct", p.Percent);
                AddInterval(b, p.Interval);
                Add(b, "group", p.GroupLabel);
                if (p.TotalFromContext)
                {
                    b.Append(" n-from-context");
                }

                break;
            case CountClaim c:
                Add(b, "n", c.Count);
                Add(b, "noun", c.Noun);
                Add(b, "group", c.GroupLabel);
                break;
            case RatioEstimateClaim r:
                b.Append(' ').Append(r.IsAdjusted ? "adjusted " : string.Empty).Append(r.Measure);
                Add(b, "est", r.Estimate);
                AddInterval(b, r.Interval);
                AddP(b, r.P);
                break;
            case DifferenceEstimateClaim d:
                b.Append(' ').Append(d.Measure);
                Add(b, "est", d.Estimate);
                Add(b, "spread", d.Spread);
                Add(b, "unit", d.Unit);
                AddInterval(b, d.Interval);
                AddP(b, d.P);
                break;
            case IntervalEstimateClaim e:
                Add(b, "est", e.Estimate);
                Add(b, "unit", e.Unit);
                AddInterval(b, e.Interval);
                AddP(b, e.P);
                break;
            case GroupComparisonClaim g:
                b.Append(" values=").AppendJoin(" | ", g.Values.Select(v => Format(v.Value) + (v.Spread is { } sd ? "±" + Format(sd) : string.Empty) + (v.GroupLabel is null ? string.Empty : " [" + v.GroupLabel + "]")));
                AddInterval(b, g.Interval);
                AddP(b, g.P);
                break;
            case PValueClaim pv:
                AddP(b, pv.P);
                break;
            case TestStatisticClaim t:
                b.Append(' ').Append(t.Statistic);
                Add(b, "df1", t.Df1);
                Add(b, "df2", t.Df2);
                Add(b, "N", t.SampleSize);
                Add(b, "value", t.Value);
                AddInterval(b, t.Interval);
                AddP(b, t.P);
                break;
            case MeanSdClaim m:
                Add(b, "mean", m.Mean);
                Add(b, "spread", m.Spread);
                b.Append(' ').Append(m.SpreadKind);
                Add(b, "unit", m.Unit);
                break;
            case MedianIqrClaim m:
                Add(b, "median", m.Median);
                Add(b, "lower", m.Lower);
                Add(b, "upper", m.Upper);
                b.Append(' ').Append(m.RangeKind);
                break;
            case AllocationRatioClaim a:
                b.Append(" parts=").AppendJoin(':', a.Parts.Select(Format));
                break;
            case DoseClaim d:
                Add(b, "amount", d.Amount);
                Add(b, "unit", d.Unit);
                break;
            case SignificanceStatement st:
                b.Append(' ').Append(st.Wording).Append(st.IsHedged ? " hedged" : string.Empty);
                break;
        }

        return b.ToString().Trim();
    }

    private static string Format(ReportedNumber n)
        => n.Value.ToString(n.Exponent != 0 ? "G6" : "F" + n.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
        + (n.IsPercent ? "%" : string.Empty) + (n.IsReconstructed ? " (reconstructed)" : string.Empty);

    private static void Add(StringBuilder b, string name, ReportedNumber? n)
    {
        if (n is { } value)
        {
            b.Append(' ').Append(name).Append('=').Append(Format(value));
        }
    }

    private static void Add(StringBuilder b, string name, string? s)
    {
        if (s is not null)
        {
            b.Append(' ').Append(name).Append("=\"").Append(s).Append('"');
        }
    }

    private static void AddInterval(StringBuilder b, ConfidenceInterval? ci)
    {
        if (ci is not null)
        {
            b.Append(" ci=").Append(ci.Level is { } l ? Format(l) + " " : string.Empty).Append(Format(ci.Lower)).Append("..").Append(Format(ci.Upper));
        }
    }

    private static void AddP(StringBuilder b, PValue? p)
    {
        if (p is not null)
        {
            string relation = p.Relation switch
            {
                RelationalOperator.Less => "<",
                RelationalOperator.LessOrEqual => "≤",
                RelationalOperator.Greater => ">",
                RelationalOperator.GreaterOrEqual => "≥",
                _ => "=",
            };
            b.Append(" p").Append(relation).Append(p.Value is { } v ? Format(v) : p.ValueText);
            if (p.Qualifier is not null)
            {
                b.Append(" (").Append(p.Qualifier).Append(')');
            }
        }
    }
}
