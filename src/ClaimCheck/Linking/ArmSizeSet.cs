using ClaimCheck.Extraction.Claims;
using ClaimCheck.Text;

namespace ClaimCheck.Linking;

/// <summary>
/// Arm sizes stated together in one sentence ("received either UC-MSCs (n = 65) or placebo (n = 35)"),
/// with the total the same sentence states, if any, and the sentence's stage word.
/// </summary>
/// <param name="Arms">Two or more labelled (or "n =") counts of one sentence.</param>
/// <param name="TotalInSentence">An unlabelled count of people in the same sentence, or null.</param>
/// <param name="Stage">The stage the sentence speaks of (randomised, enrolled, analysed, …), or null.</param>
/// <param name="PreviousSentence">The sentence before the arms' sentence in its block, or null (first sentence, or raw text without blocks).</param>
/// <param name="SumPrinted">True when the arms' sum is printed as a whole number in their sentence or the one before ("69 patients with 74 lesions … (n = 36) or (n = 38)"): the arms then count that.</param>
internal sealed record ArmSizeSet(IReadOnlyList<CountClaim> Arms, CountClaim? TotalInSentence, string? Stage, TextSpan? PreviousSentence, bool SumPrinted);
