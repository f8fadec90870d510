namespace ClaimCheck.Diagnostics;

/// <summary>
/// What a rule is, separate from each time it fires (compare Roslyn's <c>DiagnosticDescriptor</c>).
/// Built-in ids are <c>CC</c> + 4 digits and are never reused (<see cref="RuleIds"/>); a user's own rules
/// take ids that do not start with <c>CC</c>. One id may have several descriptors that differ only in
/// <see cref="MessageFormat"/>, one per wording of its message. Immutable.
/// </summary>
/// <param name="Id">The rule id, e.g. <c>CC1003</c>.</param>
/// <param name="Title">A short title.</param>
/// <param name="MessageFormat">A composite format string (<see cref="string.Format(IFormatProvider, string, object[])"/>) for the message.</param>
/// <param name="Category">What the rule checks (<see cref="RuleCategory.Custom"/> for a user's own rule).</param>
/// <param name="DefaultSeverity">The severity unless the user overrides it.</param>
public sealed record RuleDescriptor(string Id, string Title, string MessageFormat, RuleCategory Category, Severity DefaultSeverity)
{
    /// <summary>The help page of the rule, relative to the repository root: <c>docs/rules/&lt;id&gt;.md</c>.</summary>
    public string HelpLink => $"docs/rules/{Id}.md";
}
