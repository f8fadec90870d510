using System.Text.Json;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Reporting;

/// <summary>Writes the parsed values of each kind of claim under readable names (docs/json-schema.md).</summary>
internal static class ClaimValues
{
    internal static void Write(Utf8JsonWriter json, Claim claim)
    {
        switch (claim)
        {
            case ProportionClaim p:
                Number(json, "count", p.Count);
                Number(json, "total", p.Total);
                Number(json, "percent", p.Percent);
                json.WriteString("group", p.GroupLabel);
                json.WriteBoolean("totalFromContext", p.TotalFromContext);
                break;
            case CountClaim c:
                Number(json, "count", c.Count);
                json.WriteString("noun", c.Noun);
                json.WriteString("group", c.GroupLabel);
                break;
            case RatioEstimateClaim r:
                json.WriteString("measure", JsonReportWriter.Camel(r.Measure.ToString()));
                json.WriteBoolean("adjusted", r.IsAdjusted);
                Number(json, "estimate", r.Estimate);
                Interval(json, r.Interval);
                P(json, r.P);
                break;
            case DifferenceEstimateClaim d:
                json.WriteString("measure", JsonReportWriter.Camel(d.Measure.ToString()));
                Number(json, "estimate", d.Estimate);
                json.WriteString("unit", d.Unit);
                Interval(json, d.Interval);
                P(json, d.P);
                break;
            case IntervalEstimateClaim i:
                Number(json, "estimate", i.Estimate);
                json.WriteString("unit", i.Unit);
                Interval(json, i.Interval);
                P(json, i.P);
                break;
            case GroupComparisonClaim g:
                json.WriteString("connector", g.Connector);
                json.WriteStartArray("groups");
                foreach (var value in g.Values)
                {
                    json.WriteStartObject();
                    Number(json, "value", value.Value);
                    Number(json, "spread", value.Spread);
                    json.WriteString("group", value.GroupLabel);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                P(json, g.P);
                break;
            case PValueClaim p:
                P(json, p.P);
                break;
            case TestStatisticClaim t:
                json.WriteString("statistic", JsonReportWriter.Camel(t.Statistic.ToString()));
                Number(json, "df1", t.Df1);
                Number(json, "df2", t.Df2);
                Number(json, "sampleSize", t.SampleSize);
                Number(json, "value", t.Value);
                P(json, t.P);
                break;
            case MeanSdClaim m:
                Number(json, "mean", m.Mean);
                Number(json, "spread", m.Spread);
                json.WriteString("spreadKind", JsonReportWriter.Camel(m.SpreadKind.ToString()));
                break;
            case MedianIqrClaim m:
                Number(json, "median", m.Median);
                Number(json, "lower", m.Lower);
                Number(json, "upper", m.Upper);
                json.WriteString("rangeKind", JsonReportWriter.Camel(m.RangeKind.ToString()));
                break;
            case AllocationRatioClaim a:
                json.WriteStartArray("parts");
                foreach (var part in a.Parts)
                {
                    JsonReportWriter.WriteNumber(json, null, part);
                }

                json.WriteEndArray();
                break;
            case DoseClaim d:
                Number(json, "amount", d.Amount);
                json.WriteString("unit", d.Unit);
                break;
            case SignificanceStatement s:
                json.WriteString("wording", JsonReportWriter.Camel(s.Wording.ToString()));
                json.WriteBoolean("hedged", s.IsHedged);
                break;
        }
    }

    private static void Number(Utf8JsonWriter json, string name, ReportedNumber? number)
    {
        if (number is { } n)
        {
            JsonReportWriter.WriteNumber(json, name, n);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Interval(Utf8JsonWriter json, ConfidenceInterval? ci)
    {
        if (ci is null)
        {
            json.WriteNull("interval");
            return;
        }

        json.WriteStartObject("interval");
        Number(json, "level", ci.Level);
        Number(json, "lower", ci.Lower);
        Number(json, "upper", ci.Upper);
        json.WriteEndObject();
    }

    private static void P(Utf8JsonWriter json, PValue? p)
    {
        if (p is null)
        {
            json.WriteNull("p");
            return;
        }

        json.WriteStartObject("p");
        json.WriteString("relation", JsonReportWriter.Camel(p.Relation.ToString()));
        json.WriteString("text", p.ValueText);
        Number(json, "value", p.Value);
        json.WriteEndObject();
    }
}
