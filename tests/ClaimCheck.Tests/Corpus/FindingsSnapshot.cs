using System.Globalization;
using System.Text;

namespace ClaimCheck.Tests;

/// <summary>
/// Renders every finding of a set of inputs as one line each (file, line, column, span length, severity,
/// id, message, the text at the span), in file order: the oracle that shows a restructuring step changed
/// no finding, and lists the ones a deliberate change did.
/// </summary>
internal static class FindingsSnapshot
{
    /// <summary>Checks every file and renders its findings; <paramref name="name"/> gives the name written for a path.</summary>
    internal static string Render(IEnumerable<string> paths, Func<string, string> name, Func<string, CheckResult> check)
    {
        var text = new StringBuilder();
        foreach (string path in paths.OrderBy(name, StringComparer.Ordinal))
        {
            var result = check(path);
            foreach (var finding in result.Findings)
            {
                var at = finding.Location;
                text.Append(CultureInfo.InvariantCulture, $"{name(path)}({at.Position.Line},{at.Position.Column})+{at.Span.Length} {finding.Severity.ToString().ToLowerInvariant()} {finding.Id}: {OneLine(finding.Message)} «{OneLine(at.Text)}»").Append('\n');
            }
        }

        return text.ToString();
    }

    private static string OneLine(string s) => s.ReplaceLineEndings("⏎");
}
