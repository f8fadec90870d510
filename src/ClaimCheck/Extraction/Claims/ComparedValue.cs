namespace ClaimCheck.Extraction.Claims;

/// <summary>One group's value in a <see cref="GroupComparisonClaim"/>. Immutable.</summary>
public sealed record ComparedValue
{
    internal ComparedValue(ReportedNumber value, ReportedNumber? spread, string? groupLabel)
    {
        Value = value;
        Spread = spread;
        GroupLabel = groupLabel;
    }

    /// <summary>The group's value (a mean, a median, a percentage, a count).</summary>
    public ReportedNumber Value { get; internal init; }

    /// <summary>The SD or SE printed with it (<c>39.1 ± 4.5</c>), or null.</summary>
    public ReportedNumber? Spread { get; internal init; }

    /// <summary>The group the text names for the value ("MSC group", "placebo group"), or null.</summary>
    public string? GroupLabel { get; internal init; }
}
