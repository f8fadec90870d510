using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Linking;

/// <summary>
/// A relative change or a named risk quantity with the numbers it may derive from: the two values of the arms
/// (from a comparison, two proportions or the from-to of a change, in its own sentence or the one before in the
/// same block) and the ratio estimates of its sentence.
/// </summary>
/// <param name="Claim">The <see cref="RelativeChangeClaim"/> or <see cref="RiskQuantityClaim"/>.</param>
/// <param name="First">The first arm's value in text order, or null when no pair was found.</param>
/// <param name="Second">The second arm's value, or null.</param>
/// <param name="Ratios">The ratio estimate (RR, OR, HR, IRR) of the claim's sentence nearest to it, if any.</param>
internal sealed record ChangeBasis(Claim Claim, BasisValue? First, BasisValue? Second, IReadOnlyList<RatioEstimateClaim> Ratios)
{
    /// <summary>True when both arms' values were found.</summary>
    internal bool HasPair => First is not null && Second is not null;
}
