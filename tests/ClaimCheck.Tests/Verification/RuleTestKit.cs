using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification;

/// <summary>Runs the whole pipeline on a text and returns the findings of one rule.</summary>
internal static class RuleTestKit
{
    internal static IReadOnlyList<Finding> Findings(string text, string id)
        => ClaimChecker.Check(text).Findings.Where(f => f.Id == id).ToList();

    /// <summary>
    /// The findings of rule <paramref name="id"/> on a fixture row whose expected primary spans are marked <c>[|…|]</c>,
    /// after asserting that they are exactly the marked spans, in order (none for an unmarked look-alike).
    /// </summary>
    internal static IReadOnlyList<Finding> MarkedFindings(string marked, string id)
    {
        var (text, spans) = Extraction.ExpectedClaims.Unmark(marked);
        var findings = Findings(text, id);
        findings.Select(f => text.Substring(f.Location.Span.Start, f.Location.Span.Length))
            .Should().Equal(spans.Select(s => text.Substring(s.Start, s.Length)));
        return findings;
    }

    internal static IReadOnlyList<Finding> WarningsAndErrors(CheckResult result)
        => result.Findings.Where(f => f.Severity >= Severity.Warning).ToList();
}
