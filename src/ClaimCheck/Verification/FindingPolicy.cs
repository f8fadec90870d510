using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Verification;

/// <summary>
/// The one place that turns a requested finding into a reported one, for every id: the findings of
/// reading (CC9002, CC9003) and extraction (CC9004), made before options are known and passed through
/// <see cref="Apply(Finding)"/>, and those of rules and comparisons, requested through
/// <see cref="Report"/>. The options' severity for an id wins over the severity a rule asks for; a null
/// severity drops the finding. Built once per verifier from <see cref="VerifierOptions"/> and the ids the
/// pipeline knows; immutable and thread-safe.
/// </summary>
internal sealed class FindingPolicy
{
    private readonly FrozenDictionary<string, Severity?> _severities;

    /// <summary>Creates the policy of <paramref name="options"/> for a pipeline whose findings are <paramref name="known"/>.</summary>
    /// <exception cref="ArgumentException">The options set the severity of an id no descriptor of <paramref name="known"/> has.</exception>
    internal FindingPolicy(VerifierOptions options, IEnumerable<RuleDescriptor> known)
    {
        var ids = known.Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var id in options.Severities.Keys)
        {
            if (!ids.Contains(id))
            {
                throw new ArgumentException($"The severity of rule '{id}' is set, but no rule of the pipeline reports '{id}'; 'claimcheck rules' lists the built-in ids, and a user's rule must be added to the pipeline.", nameof(options));
            }
        }

        Alpha = options.Alpha;
        AssumeOneSidedTests = options.AssumeOneSidedTests;
        _severities = options.Severities.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The significance level for decisions.</summary>
    internal double Alpha { get; }

    /// <summary>Whether tests the text does not declare are read as possibly one-sided too (<see cref="VerifierOptions.AssumeOneSidedTests"/>).</summary>
    internal bool AssumeOneSidedTests { get; }

    /// <summary>
    /// The finding of <paramref name="descriptor"/> at <paramref name="primary"/>: its message the
    /// descriptor's format filled with <paramref name="args"/>, its severity the options' for the id, else
    /// <paramref name="requested"/> capped at the default, else the default; its further locations without the
    /// primary one or repeats, at most <see cref="Finding.MaxAdditionalLocations"/>. Null when the options turn
    /// the id off.
    /// </summary>
    /// <remarks>
    /// A descriptor's default severity is the highest its findings have earned on text nobody tuned on (Warning
    /// or Error only at ≥ 95% precision there, docs/accuracy.md): a rule may lower the severity of one case (a
    /// hedged wording, a mild mismatch), never raise it above that.
    /// </remarks>
    internal Finding? Report(RuleDescriptor descriptor, Severity? requested, Location primary, IEnumerable<Location> additional, object[] args)
    {
        var chosen = requested is { } lower && lower < descriptor.DefaultSeverity ? lower : descriptor.DefaultSeverity;
        if (SeverityOf(descriptor.Id, chosen) is not { } severity)
        {
            return null;
        }

        // The message is formatted only for a finding that is kept.
        return Finding.Create(descriptor, primary, args) with
        {
            Severity = severity,
            AdditionalLocations = [.. additional.Where(l => l != primary).Distinct().Take(Finding.MaxAdditionalLocations)],
        };
    }

    /// <summary>A finding an earlier stage made at its default severity, with the options applied; null when they turn its id off.</summary>
    internal Finding? Apply(Finding finding)
        => SeverityOf(finding.Id, finding.Severity) is { } severity ? (severity == finding.Severity ? finding : finding with { Severity = severity }) : null;

    /// <summary>The findings <see cref="Apply(Finding)"/> keeps, in their order.</summary>
    internal ImmutableArray<Finding> Filter(IEnumerable<Finding> findings)
    {
        var kept = ImmutableArray.CreateBuilder<Finding>();
        foreach (var finding in findings)
        {
            if (Apply(finding) is { } reported)
            {
                kept.Add(reported);
            }
        }

        return kept.ToImmutable();
    }

    private Severity? SeverityOf(string id, Severity requested) => _severities.TryGetValue(id, out var overridden) ? overridden : requested;
}
