namespace ClaimCheck.Tests.Verification.Statcheck;

/// <summary>What ClaimCheck made of one statcheck expectation, and where it differs from statcheck.</summary>
/// <param name="Row">The expectation.</param>
/// <param name="NotApplicable">Why the row is not compared (a statcheck option ClaimCheck has no equivalent for), or null.</param>
/// <param name="Extracted">True when ClaimCheck extracted a test statistic with its p-value, as statcheck's results have (for <c>AllPValues=TRUE</c>: a p-value).</param>
/// <param name="Reading">ClaimCheck's reading of the first statistic (<c>t(28) = 2.2, p = 0.03</c>), or empty.</param>
/// <param name="RuleIds">The ids of the CC2xxx findings on the text, in order.</param>
/// <param name="Differences">One line per aspect where ClaimCheck differs, each starting with the aspect (<see cref="StatcheckComparison.Aspects"/>).</param>
internal sealed record StatcheckOutcome(
    StatcheckExpectation Row,
    string? NotApplicable,
    bool Extracted,
    string Reading,
    IReadOnlyList<string> RuleIds,
    IReadOnlyList<string> Differences)
{
    /// <summary>True when the row's options can be reproduced by ClaimCheck.</summary>
    public bool Comparable => NotApplicable is null;

    /// <summary>True when the row is compared and nothing differs.</summary>
    public bool Agrees => Comparable && Differences.Count == 0;

    /// <summary>True when the row is compared and differs on <paramref name="aspect"/>.</summary>
    public bool DiffersOn(string aspect) => Differences.Any(d => d.StartsWith(aspect + ":", StringComparison.Ordinal));
}
