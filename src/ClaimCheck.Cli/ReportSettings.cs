using ClaimCheck.Diagnostics;
using ClaimCheck.Verification;

namespace ClaimCheck.Cli;

/// <summary>What the report options of <c>check</c> and <c>compare</c> asked for.</summary>
/// <param name="Format">The output format.</param>
/// <param name="OutputPath">The file to write, or null for standard output.</param>
/// <param name="MinSeverity">Findings below this severity are not reported.</param>
/// <param name="FailOn">Reported findings at or above this severity give exit code 1.</param>
/// <param name="Verifier">Severity overrides from <c>--rule</c>, passed to the library.</param>
/// <param name="HelpBaseUri">The base of the rules' help links in SARIF, or null.</param>
internal sealed record ReportSettings(ReportFormat Format, string? OutputPath, Severity MinSeverity, Severity FailOn, VerifierOptions Verifier, Uri? HelpBaseUri)
{
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
