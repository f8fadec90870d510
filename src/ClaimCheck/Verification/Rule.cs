using ClaimCheck.Diagnostics;

namespace ClaimCheck.Verification;

/// <summary>A verification rule: a static descriptor and a check over one document's claims and links.</summary>
internal abstract class Rule
{
    /// <summary>What the rule is.</summary>
    internal abstract RuleDescriptor Descriptor { get; }

    /// <summary>Reports the rule's findings through <paramref name="context"/>.</summary>
    internal abstract void Analyze(RuleContext context);
}
