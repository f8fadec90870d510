namespace ClaimCheck.Cli;

/// <summary>The output formats of <c>--format</c>.</summary>
internal enum ReportFormat
{
    /// <summary>One line per finding: <c>path(line,col): severity CCnnnn: message</c>.</summary>
    Text,

    /// <summary>The library's JSON report (docs/json-schema.md).</summary>
    Json,

    /// <summary>SARIF 2.1.0.</summary>
    Sarif,

    /// <summary>One self-contained HTML page (the library's <c>HtmlReportWriter</c>).</summary>
    Html,

    /// <summary>CSV for a spreadsheet, RFC 4180 (the library's <c>CsvReportWriter</c>).</summary>
    Csv,

    /// <summary>GitHub Actions workflow commands, shown as annotations (the library's <c>GitHubAnnotationWriter</c>).</summary>
    GitHub,
}
