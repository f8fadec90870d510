using System.Collections.Immutable;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Verification;

/// <summary>Choices for verification. Immutable; <see cref="Default"/> holds the defaults.</summary>
public sealed record VerifierOptions
{
    /// <summary>The defaults: every rule at its default severity, α = 0.05.</summary>
    public static VerifierOptions Default { get; } = new();

    /// <summary>
    /// Severity per rule id, overriding the rule's default; a null value turns the rule off.
    /// Ids not in the map keep their default severity. Empty by default.
    /// </summary>
    public ImmutableDictionary<string, Severity?> Severities { get; init; } = ImmutableDictionary<string, Severity?>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>The significance level for decisions (default 0.05).</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Returns options with rule <paramref name="id"/> set to <paramref name="severity"/> (null: off).</summary>
    public VerifierOptions WithSeverity(string id, Severity? severity) => this with { Severities = Severities.SetItem(id, severity) };
}
