using System.Text;

namespace ClaimCheck.Cli;

/// <summary>Opens where a report goes: the <c>--output</c> file, or standard output.</summary>
internal static class ReportOutput
{
    /// <summary>The output as bytes; the caller disposes it.</summary>
    /// <exception cref="UsageException">The file cannot be created.</exception>
    internal static Stream OpenStream(CliConsole console, string? path)
    {
        if (path is null)
        {
            return console.OpenOut();
        }

        try
        {
            // A temporary file renamed over the target when the command is done (ReportFiles): never a partial report.
            return console.Reports.Create(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"error: {path}: the output file cannot be written: {ex.Message}");
        }
    }

    /// <summary>The output as text (UTF-8 without a byte-order mark for a file); the caller disposes it, which leaves standard output open.</summary>
    /// <exception cref="UsageException">The file cannot be created.</exception>
    internal static TextWriter OpenWriter(CliConsole console, string? path)
        => path is null ? new NonClosingWriter(console.Out) : new StreamWriter(OpenStream(console, path), new UTF8Encoding(false));
}
