namespace ClaimCheck.Cli.Config;

/// <summary>One report to write: a format and the file it goes to, or null for standard output.</summary>
/// <param name="Format">The format.</param>
/// <param name="Path">The file, or null for standard output.</param>
internal sealed record ReportTarget(ReportFormat Format, string? Path);
