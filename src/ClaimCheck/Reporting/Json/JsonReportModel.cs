using System.Text.Json.Serialization;

namespace ClaimCheck.Reporting.Json;

// The JSON report's claims and findings (docs/json-schema.md) as records, serialized one at a time by
// ReportJsonContext's source-generated code; the document, its posts and blocks are written field by field by
// JsonReportWriter (a block's text straight from the source). Property order is declaration order and is part of the
// schema; names are camel-cased by the context.

/// <summary>A claim: where it stands and its parsed values.</summary>
internal sealed record ClaimDto(
    string Kind,
    string Text,
    int Start,
    int Length,
    int Line,
    int Column,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page,
    int Post,
    int Block,
    ClaimValuesDto Values,
    IReadOnlyList<NumberDto> Numbers);

/// <summary>A printed number; <c>percent</c> and <c>reconstructed</c> appear only when true; <c>value</c> is null when it is not finite.</summary>
internal sealed record NumberDto(
    string Text,
    double? Value,
    int Decimals,
    int Start,
    int Length,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Percent,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Reconstructed);

/// <summary>A finding; the primary location comes first.</summary>
internal sealed record FindingDto(string Id, string Title, string Severity, string Message, string HelpLink, IReadOnlyList<LocationDto> Locations);

/// <summary>A location: text, 1-based line and column in the file (in a PDF, on its <c>page</c>, which only a PDF's locations have), span in the source text.</summary>
internal sealed record LocationDto(
    string Text,
    int Line,
    int Column,
    int Start,
    int Length,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page);

/// <summary>A confidence interval.</summary>
internal sealed record IntervalDto(NumberDto? Level, NumberDto? Lower, NumberDto? Upper);

/// <summary>A p-value as printed.</summary>
internal sealed record PDto(string Relation, string Text, NumberDto? Value);

/// <summary>One value of a group comparison.</summary>
internal sealed record ComparedValueDto(NumberDto? Value, NumberDto? Spread, string? Group);

/// <summary>
/// The parsed values of a claim, one record per claim kind. No type discriminator is written: the
/// claim's <c>kind</c> already says which shape <c>values</c> has.
/// </summary>
[JsonDerivedType(typeof(ProportionValues))]
[JsonDerivedType(typeof(CountValues))]
[JsonDerivedType(typeof(RatioEstimateValues))]
[JsonDerivedType(typeof(DifferenceEstimateValues))]
[JsonDerivedType(typeof(IntervalEstimateValues))]
[JsonDerivedType(typeof(GroupComparisonValues))]
[JsonDerivedType(typeof(PValueValues))]
[JsonDerivedType(typeof(TestStatisticValues))]
[JsonDerivedType(typeof(MeanSdValues))]
[JsonDerivedType(typeof(MedianIqrValues))]
[JsonDerivedType(typeof(AllocationRatioValues))]
[JsonDerivedType(typeof(DoseValues))]
[JsonDerivedType(typeof(SignificanceValues))]
[JsonDerivedType(typeof(NoValues))]
internal abstract record ClaimValuesDto;

/// <summary>A claim kind with no values of its own: <c>{}</c>.</summary>
internal sealed record NoValues : ClaimValuesDto;

/// <summary>Values of a proportion.</summary>
internal sealed record ProportionValues(NumberDto? Count, NumberDto? Total, NumberDto? Percent, string? Group, bool TotalFromContext) : ClaimValuesDto;

/// <summary>Values of a count.</summary>
internal sealed record CountValues(NumberDto? Count, string? Noun, string? Group) : ClaimValuesDto;

/// <summary>Values of a ratio estimate.</summary>
internal sealed record RatioEstimateValues(string Measure, bool Adjusted, NumberDto? Estimate, IntervalDto? Interval, PDto? P) : ClaimValuesDto;

/// <summary>Values of a difference estimate.</summary>
internal sealed record DifferenceEstimateValues(string Measure, NumberDto? Estimate, string? Unit, IntervalDto? Interval, PDto? P) : ClaimValuesDto;

/// <summary>Values of an estimate with an interval.</summary>
internal sealed record IntervalEstimateValues(NumberDto? Estimate, string? Unit, IntervalDto? Interval, PDto? P) : ClaimValuesDto;

/// <summary>Values of a group comparison.</summary>
internal sealed record GroupComparisonValues(string? Connector, IReadOnlyList<ComparedValueDto> Groups, PDto? P) : ClaimValuesDto;

/// <summary>Values of a p-value claim.</summary>
internal sealed record PValueValues(PDto? P) : ClaimValuesDto;

/// <summary>Values of a test statistic.</summary>
internal sealed record TestStatisticValues(string Statistic, NumberDto? Df1, NumberDto? Df2, NumberDto? SampleSize, NumberDto? Value, PDto? P) : ClaimValuesDto;

/// <summary>Values of a mean with its spread.</summary>
internal sealed record MeanSdValues(NumberDto? Mean, NumberDto? Spread, string SpreadKind) : ClaimValuesDto;

/// <summary>Values of a median with its range.</summary>
internal sealed record MedianIqrValues(NumberDto? Median, NumberDto? Lower, NumberDto? Upper, string RangeKind) : ClaimValuesDto;

/// <summary>Values of an allocation ratio.</summary>
internal sealed record AllocationRatioValues(IReadOnlyList<NumberDto> Parts) : ClaimValuesDto;

/// <summary>Values of a dose.</summary>
internal sealed record DoseValues(NumberDto? Amount, string? Unit) : ClaimValuesDto;

/// <summary>Values of a significance statement.</summary>
internal sealed record SignificanceValues(string Wording, bool Hedged) : ClaimValuesDto;
