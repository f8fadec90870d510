using System.Text;
using ClaimCheck.Reporting.Html;

namespace ClaimCheck.Reporting;

/// <summary>
/// Writes results as one self-contained HTML page for a moderator (docs/html-report.md): each
/// document's posts and blocks with every finding's spans highlighted, the findings beside the text
/// with their messages, line:column and rule links, and filters by severity and rule. Everything taken
/// from the input is escaped, and a Content-Security-Policy allows only the report's own inline style
/// and script (by hash): nothing is loaded from the network. Thread-safe (stateless).
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Writes <paramref name="results"/> to <paramref name="stream"/> as UTF-8 HTML with <see cref="HtmlReportOptions.Default"/>.</summary>
    /// <param name="stream">The output; written and flushed, not closed.</param>
    /// <param name="results">The results, in the order the report shows them; enumerated once.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream stream, IEnumerable<CheckResult> results) => Write(stream, results, HtmlReportOptions.Default);

    /// <summary>Writes <paramref name="results"/> to <paramref name="stream"/> as UTF-8 HTML.</summary>
    /// <param name="stream">The output; written and flushed, not closed.</param>
    /// <param name="results">The results, in the order the report shows them; enumerated once.</param>
    /// <param name="options">The title and where rule links point.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><see cref="HtmlReportOptions.HelpLinkBase"/> is absolute with a scheme other than http, https or file.</exception>
    public static void Write(Stream stream, IEnumerable<CheckResult> results, HtmlReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Title, nameof(options));
        if (options.HelpLinkBase is { IsAbsoluteUri: true } help && help.Scheme is not ("http" or "https" or "file"))
        {
            throw new ArgumentException($"The help link base must be http, https or file, not '{help.Scheme}'.", nameof(options));
        }

        // The header's counts and filters need every finding before the first document is written; the
        // results are already in memory, so this holds references only. The text itself is streamed.
        var list = results as IReadOnlyList<CheckResult> ?? results.ToList();
        using var output = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true)
        {
            NewLine = "\n",
        };
        new HtmlReportRenderer(output, options).Render(list);
        output.Flush();
    }
}
