using ClaimCheck.Diagnostics;

namespace ClaimCheck.Verification.Comparison;

/// <summary>Descriptors of the CC4xxx rules: a summary against its source, and language versions against each other.</summary>
internal static class SummaryRules
{
    internal static readonly RuleDescriptor NumberDiffers = new(
        "CC4001",
        "Summary number differs from its source",
        "the summary gives {0} where the source gives {1} for the same quantity (\"{2}\"); {0} stands for {3} and {1} for {4}, which do not meet",
        "Summaries",
        Severity.Warning);

    internal static readonly RuleDescriptor NumberAbsent = new(
        "CC4002",
        "Summary number absent from the source",
        "{0} (in \"{1}\") is not in the source; it may come from the full paper or elsewhere",
        "Summaries",
        Severity.Info);

    internal static readonly RuleDescriptor Overstates = new(
        "CC4003",
        "Summary overstates the source",
        "the summary says '{0}' (\"{1}\"), but the source's results for this are not significant: {2}",
        "Summaries",
        Severity.Warning);

    internal static readonly RuleDescriptor TranslationsDisagree = new(
        "CC4004",
        "Translations disagree",
        "the {0} version gives {1} where the {2} version gives {3} ({4}); {1} stands for {5} and {3} for {6}",
        "Summaries",
        Severity.Warning);
}
