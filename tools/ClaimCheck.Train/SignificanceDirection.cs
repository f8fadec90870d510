namespace ClaimCheck.Train;

/// <summary>
/// What a statement says about an outcome in the intervention group compared with the comparator, as in the
/// Evidence Inference labels.
/// </summary>
internal enum SignificanceDirection
{
    /// <summary>No statistically significant difference between the groups.</summary>
    NoSignificantDifference = 0,

    /// <summary>The outcome is significantly higher (more frequent, larger) with the intervention.</summary>
    SignificantlyIncreased = 1,

    /// <summary>The outcome is significantly lower (less frequent, smaller) with the intervention.</summary>
    SignificantlyDecreased = 2,
}
