namespace ClaimCheck.Extraction.Claims;

/// <summary>One group's value in a <see cref="GroupComparisonClaim"/>. Immutable.</summary>
/// <param name="Value">The group's value (a mean, a median, a percentage, a count).</param>
/// <param name="Spread">The SD or SE printed with it (<c>39.1 ± 4.5</c>), or null.</param>
/// <param name="GroupLabel">The group the text names for the value ("MSC group", "placebo group"), or null.</param>
public sealed record ComparedValue(ReportedNumber Value, ReportedNumber? Spread, string? GroupLabel);
