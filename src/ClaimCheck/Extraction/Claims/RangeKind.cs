namespace ClaimCheck.Extraction.Claims;

/// <summary>What the two numbers after a median are (<see cref="MedianIqrClaim"/>).</summary>
public enum RangeKind
{
    /// <summary>The text does not say.</summary>
    Unspecified = 0,

    /// <summary>Interquartile range (IQR): 25th and 75th percentiles.</summary>
    InterquartileRange = 1,

    /// <summary>Range: minimum and maximum.</summary>
    Range = 2,
}
