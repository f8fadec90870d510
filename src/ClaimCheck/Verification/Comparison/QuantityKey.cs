namespace ClaimCheck.Verification.Comparison;

/// <summary>The kind of a compared number and, for ratios, the measure ("OR", "HR"): two numbers are compared only under one key.</summary>
internal readonly record struct QuantityKey(QuantityKind Kind, string? Measure = null)
{
    /// <summary>"odds ratio", "percent", "p": how a message names the key.</summary>
    public override string ToString() => Measure ?? Kind.ToString().ToLowerInvariant();
}
