using ClaimCheck.Extraction.Claims;
using ClaimCheck.Reporting.Json;

namespace ClaimCheck.Reporting;

/// <summary>Maps the parsed values of each kind of claim to their JSON records (docs/json-schema.md).</summary>
internal static class ClaimValues
{
    internal static ClaimValuesDto From(Claim claim) => claim switch
    {
        ProportionClaim p => new ProportionValues(Number(p.Count), Number(p.Total), Number(p.Percent), p.GroupLabel, p.TotalFromContext),
        CountClaim c => new CountValues(Number(c.Count), c.Noun, c.GroupLabel),
        RatioEstimateClaim r => new RatioEstimateValues(Camel(r.Measure), r.IsAdjusted, Number(r.Estimate), Interval(r.Interval), P(r.P)),
        DifferenceEstimateClaim d => new DifferenceEstimateValues(Camel(d.Measure), Number(d.Estimate), d.Unit, Interval(d.Interval), P(d.P)),
        IntervalEstimateClaim i => new IntervalEstimateValues(Number(i.Estimate), i.Unit, Interval(i.Interval), P(i.P)),
        GroupComparisonClaim g => new GroupComparisonValues(
            g.Connector,
            g.Values.Select(v => new ComparedValueDto(Number(v.Value), Number(v.Spread), v.GroupLabel)).ToList(),
            P(g.P)),
        PValueClaim p => new PValueValues(P(p.P)),
        TestStatisticClaim t => new TestStatisticValues(Camel(t.Statistic), Number(t.Df1), Number(t.Df2), Number(t.SampleSize), Number(t.Value), P(t.P)),
        MeanSdClaim m => new MeanSdValues(Number(m.Mean), Number(m.Spread), Camel(m.SpreadKind)),
        MedianIqrClaim m => new MedianIqrValues(Number(m.Median), Number(m.Lower), Number(m.Upper), Camel(m.RangeKind)),
        AllocationRatioClaim a => new AllocationRatioValues(a.Parts.Select(JsonReportWriter.ToNumber).ToList()),
        DoseClaim d => new DoseValues(Number(d.Amount), d.Unit),
        SignificanceStatement s => new SignificanceValues(Camel(s.Wording), s.IsHedged),
        _ => new NoValues(),
    };

    private static string Camel<T>(T value)
        where T : struct, Enum => JsonReportWriter.Camel(value.ToString());

    private static NumberDto? Number(ReportedNumber? number) => number is { } n ? JsonReportWriter.ToNumber(n) : null;

    private static IntervalDto? Interval(ConfidenceInterval? ci) => ci is null ? null : new IntervalDto(Number(ci.Level), Number(ci.Lower), Number(ci.Upper));

    private static PDto? P(PValue? p) => p is null ? null : new PDto(JsonReportWriter.Camel(p.Relation.ToString()), p.ValueText, Number(p.Value));
}
