namespace ClaimCheck.Extraction.Claims;

/// <summary>What a <see cref="SignificanceStatement"/> says.</summary>
public enum SignificanceWording
{
    /// <summary>A significant result: "significantly reduced", "statistically significant".</summary>
    Significant = 0,

    /// <summary>A result said not to be significant: "no significant difference", "did not significantly", "non-significant".</summary>
    NotSignificant = 1,

    /// <summary>No difference or alike without the word significant: "similar", "comparable", "did not differ", "no difference".</summary>
    NoDifference = 2,

    /// <summary>Marginal-significance language: "marginally", "trend towards", "approached significance", "borderline".</summary>
    Marginal = 3,

    /// <summary>A claim of benefit or improvement: "benefit", "improves", "effective", "superior".</summary>
    Benefit = 4,
}
