namespace ClaimCheck.Reporting;

/// <summary>Options of <see cref="HtmlReportWriter"/>. Immutable.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The defaults: title "ClaimCheck report", rule links relative to the report (<c>docs/rules/&lt;id&gt;.md</c>).</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>The page's title and heading. Default "ClaimCheck report". Escaped like all other text.</summary>
    public string Title { get; init; } = "ClaimCheck report";

    /// <summary>
    /// The folder that holds the rule pages, e.g. <c>https://example.org/claimcheck/docs/rules/</c> (keep the
    /// trailing slash): a rule's link is this base plus <c>&lt;id&gt;.md</c>. Null (the default) links to
    /// <c>docs/rules/&lt;id&gt;.md</c> relative to the report. An absolute base must be http, https or file.
    /// </summary>
    public Uri? HelpLinkBase { get; init; }
}
