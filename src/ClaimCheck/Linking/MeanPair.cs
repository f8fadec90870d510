using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Linking;

/// <summary>
/// Two group means with their spreads, each with its own group size, and the one p-value their sentence prints after
/// them: "4.2 ± 1.1 in the drug group (n = 30) and 5.0 ± 1.2 in the placebo group (n = 30) (p = 0.01)".
/// </summary>
/// <param name="First">The mean mentioned first.</param>
/// <param name="FirstN">Its group size.</param>
/// <param name="Second">The mean mentioned second.</param>
/// <param name="SecondN">Its group size.</param>
/// <param name="P">The p-value of their comparison.</param>
internal sealed record MeanPair(MeanSdClaim First, ReportedNumber FirstN, MeanSdClaim Second, ReportedNumber SecondN, PValue P);
