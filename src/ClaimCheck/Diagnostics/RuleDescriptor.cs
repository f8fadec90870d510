namespace ClaimCheck.Diagnostics;

/// <summary>
/// What a rule is, separate from each time it fires (compare Roslyn's <c>DiagnosticDescriptor</c>).
/// Ids are <c>CC</c> + 4 digits and are never reused. Immutable.
/// </summary>
/// <param name="Id">The rule id, e.g. <c>CC1003</c>.</param>
/// <param name="Title">A short title.</param>
/// <param name="MessageFormat">A composite format string (<see cref="string.Format(IFormatProvider, string, object[])"/>) for the message.</param>
/// <param name="Category">The category, e.g. <c>Counts</c>, <c>Estimates</c>, <c>Language</c>, <c>Input</c>.</param>
/// <param name="DefaultSeverity">The severity unless the user overrides it.</param>
public sealed record RuleDescriptor(string Id, string Title, string MessageFormat, string Category, Severity DefaultSeverity)
{
    /// <summary>The help page of the rule, relative to the repository root: <c>docs/rules/&lt;id&gt;.md</c>.</summary>
    public string HelpLink => $"docs/rules/{Id}.md";
}
