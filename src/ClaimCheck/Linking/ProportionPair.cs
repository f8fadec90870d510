using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Linking;

/// <summary>
/// Two proportions of one outcome in one sentence, one per arm, each with explicit k/n
/// ("46.94% (23/49) … in the MSC group and 34.48% (10/29) in the placebo group"), in text order,
/// with the ratio estimates the same sentence gives for them.
/// </summary>
/// <param name="First">The proportion mentioned first.</param>
/// <param name="Second">The proportion mentioned second.</param>
/// <param name="Ratios">Ratio estimates (OR, RR, RD) in the same sentence.</param>
internal sealed record ProportionPair(ProportionClaim First, ProportionClaim Second, IReadOnlyList<RatioEstimateClaim> Ratios);
