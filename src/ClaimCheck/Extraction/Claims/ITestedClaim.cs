namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A claim that can carry a p-value: <see cref="PValueClaim"/>, <see cref="TestStatisticClaim"/>,
/// <see cref="GroupComparisonClaim"/> and the estimates (<see cref="IEstimateClaim"/>).
/// </summary>
public interface ITestedClaim
{
    /// <summary>The p-value printed with the claim, or null when none.</summary>
    PValue? P { get; }
}
