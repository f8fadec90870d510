namespace ClaimCheck.Extraction.Claims;

/// <summary>The statistic of a <see cref="TestStatisticClaim"/> (statcheck's set).</summary>
public enum TestStatisticKind
{
    /// <summary>Student's t.</summary>
    T = 0,

    /// <summary>Fisher's F (two degrees of freedom).</summary>
    F = 1,

    /// <summary>Pearson's correlation r.</summary>
    R = 2,

    /// <summary>Chi-square (χ2, χ², chi2, chi-square).</summary>
    ChiSquare = 3,

    /// <summary>Standard normal z.</summary>
    Z = 4,

    /// <summary>Cochran's Q.</summary>
    Q = 5,
}
