namespace ClaimCheck.Diagnostics;

/// <summary>
/// What a rule checks; the built-in categories match the id ranges of <c>docs/rules/id-ranges.txt</c>
/// (CC1 Counts, CC2 Estimates, CC3 Language, CC4 Summaries, CC9 Input).
/// </summary>
public enum RuleCategory
{
    /// <summary>Counts, percentages and group sizes (CC1xxx).</summary>
    Counts,

    /// <summary>Estimates, intervals, p-values and test statistics (CC2xxx).</summary>
    Estimates,

    /// <summary>Words against numbers (CC3xxx).</summary>
    Language,

    /// <summary>A summary against its source, and language versions against each other (CC4xxx).</summary>
    Summaries,

    /// <summary>Reading the input: unreadable, cut, no article text, repaired notation (CC9xxx).</summary>
    Input,

    /// <summary>A rule the library's user added through <see cref="ClaimPipelineBuilder.AddRule(Verification.ClaimRule)"/>.</summary>
    Custom,
}
