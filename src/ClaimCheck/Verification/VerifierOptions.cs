using System.Collections.Immutable;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Verification;

/// <summary>Choices for verification. Immutable and thread-safe; <see cref="Default"/> holds the defaults.</summary>
public sealed record VerifierOptions
{
    /// <summary>The defaults: every rule at its default severity, α = 0.05.</summary>
    public static VerifierOptions Default { get; } = new();

    /// <summary>
    /// Severity per rule id, overriding the rule's default (and any severity a rule picks for a case); a
    /// null value turns the rule off. It applies to every finding, the CC9xxx input findings included.
    /// Ids not in the map keep their default severity. Empty by default. A pipeline or verifier built with
    /// an id none of its rules reports throws <see cref="ArgumentException"/>.
    /// </summary>
    public ImmutableDictionary<string, Severity?> Severities { get; init; } = ImmutableDictionary<string, Severity?>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>The significance level for decisions (default 0.05).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not strictly between 0 and 1 (or is NaN).</exception>
    public double Alpha
    {
        get;
        init => field = value is > 0 and < 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Alpha), value, "Alpha, the significance level, must be strictly between 0 and 1.");
    } = 0.05;

    /// <summary>
    /// When true, every test is read as possibly one-sided, as if the text declared one-sided (one-tailed) tests:
    /// a p-value that fits the one-sided reading of its statistic, interval or counts is accepted. Default false:
    /// one-sided readings are tried only when the text itself declares one-sided tests. Messages say which
    /// readings were tried.
    /// </summary>
    public bool AssumeOneSidedTests { get; init; }

    /// <summary>Returns options with rule <paramref name="id"/> set to <paramref name="severity"/> (null: off).</summary>
    /// <param name="id">A built-in id (<see cref="RuleIds"/>, case-insensitive) or the id of a user's rule (checked when the pipeline is built).</param>
    /// <param name="severity">The severity, or null to turn the rule off.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> starts with <c>CC</c> but is not a built-in rule (<see cref="RuleCatalog.All"/>).</exception>
    public VerifierOptions WithSeverity(string id, Severity? severity)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (RuleIds.IsBuiltInRange(id) && RuleCatalog.Find(id) is null)
        {
            throw new ArgumentException($"'{id}' is not a ClaimCheck rule; 'claimcheck rules' lists the ids (CC1001 … CC9004).", nameof(id));
        }

        return this with { Severities = Severities.SetItem(id, severity) };
    }
}
