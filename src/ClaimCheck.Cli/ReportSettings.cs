using ClaimCheck.Cli.Config;
using ClaimCheck.Diagnostics;
using ClaimCheck.Verification;

namespace ClaimCheck.Cli;

/// <summary>What the report options of <c>check</c> and <c>compare</c> asked for.</summary>
/// <param name="Targets">The reports the command line asked for (<c>--format</c>, <c>--output</c>); empty: claimcheck.json's formats or the default.</param>
/// <param name="Alpha">The command line's <c>--alpha</c>, or null.</param>
/// <param name="MinSeverity">Findings below this severity are not reported.</param>
/// <param name="FailOn">Reported findings at or above this severity give exit code 1.</param>
/// <param name="Verifier">Severity overrides from <c>--rule</c> (and claimcheck.json's once merged) and α, passed to the library, whose one finding policy applies them.</param>
/// <param name="HelpBaseUri">The repository address the rule pages are under (SARIF helpUri, HTML links), or null.</param>
internal sealed record ReportSettings(IReadOnlyList<ReportTarget> Targets, double? Alpha, Severity MinSeverity, Severity FailOn, VerifierOptions Verifier, Uri? HelpBaseUri)
{
    /// <summary>The format of a command that writes one report (<c>compare</c>): the first asked for, or text.</summary>
    internal ReportFormat Format => Targets.Count > 0 ? Targets[0].Format : ReportFormat.Text;

    /// <summary>The file of a command that writes one report, or null for standard output.</summary>
    internal string? OutputPath => Targets.Count > 0 ? Targets[0].Path : null;

    /// <summary>
    /// The finding when it is at or above <see cref="MinSeverity"/>, else null: a presentation choice. The
    /// <c>--rule</c> severities are not applied here; they are <see cref="Verifier"/>, which the library's
    /// one finding policy applies to every finding, input findings included.
    /// </summary>
    internal Finding? Apply(Finding finding) => finding.Severity >= MinSeverity ? finding : null;

    /// <summary>The findings that are reported, in their order.</summary>
    internal IEnumerable<Finding> Apply(IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            if (Apply(finding) is { } kept)
            {
                yield return kept;
            }
        }
    }
}
