namespace ClaimCheck.Segmenting.Strength;

/// <summary>
/// How strongly a result or conclusion sentence claims what it reports, in the four classes of Yu, Li and Wang (2019),
/// ordered from weakest to strongest: a summary whose sentence is stronger than its source's about the same finding
/// claims more than the source.
/// </summary>
public enum ClaimStrength
{
    /// <summary>No claim about a relation ("Levels were within the normal range."; a method, a number alone).</summary>
    NoClaim = 0,

    /// <summary>A correlation ("X is associated with lower Y", "X was linked to Y").</summary>
    Correlational = 1,

    /// <summary>A hedged cause ("X may reduce Y", "X could improve Y", "results suggest that X lowers Y").</summary>
    ConditionalCausal = 2,

    /// <summary>A direct cause or advice ("X reduces Y", "X improves Y", "patients should take X").</summary>
    DirectCausal = 3,
}
