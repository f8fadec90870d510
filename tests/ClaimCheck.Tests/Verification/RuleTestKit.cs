using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification;

/// <summary>Runs the whole pipeline on a text and returns the findings of one rule.</summary>
internal static class RuleTestKit
{
    internal static IReadOnlyList<Finding> Findings(string text, string id)
        => ClaimChecker.Check(text).Findings.Where(f => f.Id == id).ToList();

    internal static IReadOnlyList<Finding> WarningsAndErrors(CheckResult result)
        => result.Findings.Where(f => f.Severity >= Severity.Warning).ToList();
}
