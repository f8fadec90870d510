using System.Globalization;
using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Reporting.Text;

namespace ClaimCheck.Reporting;

/// <summary>
/// Writes findings one per line as <c>path(line,col): severity CCnnnn: message</c>, the form that editors
/// and CI logs recognise (MSBuild's canonical error format): severity is lower-case
/// (<c>info</c>, <c>warning</c>, <c>error</c>), line and column are 1-based positions in the original file.
/// Line breaks inside a message are written as spaces so that every finding stays one line, and other
/// control characters taken from pages (C0, DEL, C1, among them ESC) as <c>\x1B</c> or <c>\u009B</c>, so that
/// a page cannot send escape sequences to the terminal.
/// Thread-safe (stateless).
/// </summary>
public static class TextReportWriter
{
    /// <summary>The path written when neither the caller nor the finding's location names one.</summary>
    public const string UnnamedPath = "<text>";

    /// <summary>Formats one finding as <c>path(line,col): severity CCnnnn: message</c>, with no line break; in a PDF, <c>path(page P, line L, column C): …</c>.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="path">
    /// The path to write; when null, the path of the finding's location; when that is null too,
    /// <see cref="UnnamedPath"/>.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static string Format(Finding finding, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var line = new StringBuilder();
        line.AppendEscaped(path ?? finding.Location.Path ?? UnnamedPath)
            .Append(finding.Location.Page is { } page
                ? string.Create(CultureInfo.InvariantCulture, $"(page {page}, line {finding.Location.Position.Line}, column {finding.Location.Position.Column})")
                : finding.Location.Position.ToString())
            .Append(": ")
            .Append(SeverityName(finding.Severity))
            .Append(' ')
            .Append(finding.Id)
            .Append(": ");
        return line.AppendEscaped(finding.Message).ToString();
    }

    /// <summary>
    /// <paramref name="text"/> as the text report writes it: line breaks as spaces, other control characters
    /// (C0 but the tab, DEL, C1, among them ESC) as <c>\x1B</c> or <c>\u009B</c>. For paths and messages that go
    /// to a terminal outside a report.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new StringBuilder(text.Length).AppendEscaped(text).ToString();
    }

    /// <summary>Writes each finding of each result on its own line (see <see cref="Format"/>), results in the order given.</summary>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    /// <param name="results">The results; enumerated once, so a lazy sequence is written as it is produced.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, IEnumerable<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var result in results)
        {
            Write(writer, result.Findings, result.Path);
        }
    }

    /// <summary>Writes each finding on its own line (see <see cref="Format"/>).</summary>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    /// <param name="findings">The findings, written in the order given.</param>
    /// <param name="path">The path to write for findings whose location has none, or null (then <see cref="UnnamedPath"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="findings"/> is null.</exception>
    public static void Write(TextWriter writer, IEnumerable<Finding> findings, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var finding in findings)
        {
            // A comparison's findings carry their own document's path; the caller's path is the fallback.
            writer.WriteLine(Format(finding, finding.Location.Path ?? path));
        }
    }

    /// <summary>The lower-case name of <paramref name="severity"/>: <c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "not a severity"),
    };
}
