namespace ClaimCheck.Extraction.Claims;

/// <summary>The measure of a <see cref="DifferenceEstimateClaim"/>.</summary>
public enum DifferenceMeasure
{
    /// <summary>"difference" with no word saying of what.</summary>
    Unspecified = 0,

    /// <summary>Mean difference (MD, WMD, "mean difference").</summary>
    Mean = 1,

    /// <summary>Median difference.</summary>
    Median = 2,

    /// <summary>Standardized mean difference (SMD).</summary>
    Standardized = 3,
}
