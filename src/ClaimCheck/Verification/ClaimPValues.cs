using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Verification;

/// <summary>The p-value a claim carries, whatever its kind.</summary>
internal static class ClaimPValues
{
    /// <summary>The claim's p-value, or null when it has none.</summary>
    internal static PValue? Of(Claim claim) => claim switch
    {
        PValueClaim p => p.P,
        RatioEstimateClaim r => r.P,
        DifferenceEstimateClaim d => d.P,
        IntervalEstimateClaim i => i.P,
        TestStatisticClaim t => t.P,
        GroupComparisonClaim g => g.P,
        _ => null,
    };
}
