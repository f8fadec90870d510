using System.Globalization;
using System.Text;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Reporting.GitHub;

/// <summary>
/// Writes findings as GitHub Actions workflow commands, which a workflow's log shows as annotations on the
/// files: <c>::warning file=path,line=L,col=C,title=CC1003::message</c> (Error → <c>error</c>, Warning →
/// <c>warning</c>, Info → <c>notice</c>; no <c>line</c> or <c>col</c> for a finding about a whole file).
/// Escaped as the Actions toolkit escapes them: in the message <c>%</c>, CR and LF become <c>%25</c>,
/// <c>%0D</c>, <c>%0A</c>; in a property also <c>:</c> and <c>,</c> become <c>%3A</c> and <c>%2C</c>; so a
/// page's text can neither end the command nor start another. Paths are written with forward slashes.
/// Thread-safe (stateless).
/// </summary>
public static class GitHubAnnotationWriter
{
    /// <summary>Writes one line per finding of each result, results in the order given.</summary>
    /// <param name="writer">Where to write; flushed after each result, not closed.</param>
    /// <param name="results">The results; enumerated once, so a lazy sequence is written as it is produced.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, IEnumerable<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var result in results)
        {
            foreach (var finding in result.Findings)
            {
                writer.Write(Format(finding, finding.Location.Path ?? result.Path));
                writer.Write('\n');
            }

            writer.Flush();
        }
    }

    /// <summary>One finding as a workflow command, without a line break.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="path">The file to annotate, or null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static string Format(Finding finding, string? path)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var line = new StringBuilder("::").Append(Command(finding.Severity)).Append(' ');
        var properties = new List<string>();
        if (path is not null)
        {
            properties.Add("file=" + EscapeProperty(path.Replace('\\', '/')));
        }

        if (!(finding.Location.Span.IsEmpty && finding.Location.Text.Length == 0))
        {
            properties.Add("line=" + finding.Location.Position.Line.ToString(CultureInfo.InvariantCulture));
            properties.Add("col=" + finding.Location.Position.Column.ToString(CultureInfo.InvariantCulture));
        }

        properties.Add("title=" + EscapeProperty(finding.Id));
        line.AppendJoin(',', properties).Append("::").Append(EscapeData(finding.Message));
        return line.ToString();
    }

    /// <summary>The command of a severity: <c>error</c>, <c>warning</c> or <c>notice</c>.</summary>
    internal static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>A command's message: <c>%</c>, CR and LF escaped.</summary>
    public static string EscapeData(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
    }

    /// <summary>A property's value: as <see cref="EscapeData"/>, and <c>:</c> and <c>,</c> escaped.</summary>
    public static string EscapeProperty(string text)
        => EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
