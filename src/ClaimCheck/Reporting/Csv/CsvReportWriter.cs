using System.Globalization;
using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Reporting.Fingerprints;

namespace ClaimCheck.Reporting.Csv;

/// <summary>
/// Writes findings as CSV for a spreadsheet, as RFC 4180 defines it: a header row, then one record per
/// finding with the columns <see cref="Header"/> lists; records end with CRLF; a field that holds a comma,
/// a double quote, CR or LF is enclosed in double quotes and its double quotes are doubled. Line and column
/// are 1-based positions in the original file (empty for a finding about a whole file). The fields that carry text from
/// pages or file names (path, message, text) get a leading apostrophe when they start with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or CR, so that a spreadsheet shows them as text instead of running them as a formula (CSV
/// injection). Thread-safe (stateless).
/// </summary>
public static class CsvReportWriter
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Header { get; } = ["path", "line", "column", "severity", "id", "title", "message", "text", "fingerprint"];

    /// <summary>Writes the header and one record per finding of each result, results in the order given.</summary>
    /// <param name="writer">Where to write; flushed after each result, not closed.</param>
    /// <param name="results">The results; enumerated once, so a lazy sequence is written as it is produced.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, IEnumerable<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        WriteRecord(writer, Header);
        foreach (var result in results)
        {
            foreach (var finding in result.Findings)
            {
                bool wholeFile = finding.Location.Span.IsEmpty && finding.Location.Text.Length == 0;
                WriteRecord(writer,
                [
                    AsText(finding.Location.Path ?? result.Path ?? ""),
                    wholeFile ? "" : finding.Location.Position.Line.ToString(CultureInfo.InvariantCulture),
                    wholeFile ? "" : finding.Location.Position.Column.ToString(CultureInfo.InvariantCulture),
                    TextReportWriter.SeverityName(finding.Severity),
                    finding.Id,
                    finding.Descriptor.Title,
                    AsText(finding.Message),
                    AsText(finding.Location.Text),
                    FindingFingerprint.Compute(finding, result.Document),
                ]);
            }

            writer.Flush();
        }
    }

    /// <summary>One field as RFC 4180 writes it: quoted, with doubled quotes, when it holds a comma, a quote, CR or LF.</summary>
    public static string Escape(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return field;
        }

        return new StringBuilder(field.Length + 2).Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }

    /// <summary>
    /// A field of page text that a spreadsheet will show as text: a leading apostrophe when it starts with a character
    /// that opens a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, CR), as OWASP's advice on CSV injection has it.
    /// </summary>
    public static string AsText(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + field : field;
    }

    private static void WriteRecord(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Escape(fields[i]));
        }

        // RFC 4180: records end with CRLF whatever the platform.
        writer.Write("\r\n");
    }
}
