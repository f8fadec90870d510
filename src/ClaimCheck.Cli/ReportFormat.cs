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

    /// <summary>An HTML report (written by the library's HTML writer once it is merged).</summary>
    Html,
}
