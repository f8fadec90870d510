namespace ClaimCheck.Diagnostics;

/// <summary>Descriptors of the CC9xxx input findings, raised while reading and parsing an input.</summary>
public static class InputRules
{
    /// <summary>CC9001 (Info): the input has no abstract or article text, so there is nothing to check.</summary>
    public static readonly RuleDescriptor NoArticleText = new(
        "CC9001", "No abstract or article text found", "{0}", "Input", Severity.Info);

    /// <summary>CC9002 (Error): the input cannot be read (empty, binary, undecodable, missing); nothing else is reported for it.</summary>
    public static readonly RuleDescriptor Unreadable = new(
        "CC9002", "Input unreadable", "{0}", "Input", Severity.Error);

    /// <summary>CC9003 (Warning): the input is over the size limit; what was read is reported and the rest is named.</summary>
    public static readonly RuleDescriptor OverSizeLimit = new(
        "CC9003", "Input over the size limit", "{0}", "Input", Severity.Warning);

    /// <summary>CC9004 (Info): a number was reconstructed from damaged notation, e.g. "4 × 107 cells" read as 4 × 10^7.</summary>
    public static readonly RuleDescriptor ReconstructedNumber = new(
        "CC9004", "Number reconstructed from damaged notation", "{0}", "Input", Severity.Info);

    /// <summary>CC9005 (Info): elements nested deeper than the parser is given were flattened; their text is read.</summary>
    public static readonly RuleDescriptor NestingFlattened = new(
        "CC9005", "Markup nested too deeply", "{0}", "Input", Severity.Info);
}
