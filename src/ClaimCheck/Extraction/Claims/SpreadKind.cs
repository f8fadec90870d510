namespace ClaimCheck.Extraction.Claims;

/// <summary>What the number after a mean is (<see cref="MeanSdClaim"/>).</summary>
public enum SpreadKind
{
    /// <summary>The text does not say (a bare <c>±</c>).</summary>
    Unspecified = 0,

    /// <summary>Standard deviation (SD).</summary>
    StandardDeviation = 1,

    /// <summary>Standard error of the mean (SE, SEM).</summary>
    StandardError = 2,
}
