using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Linking;

/// <summary>
/// Arm sizes stated together in one sentence ("received either UC-MSCs (n = 65) or placebo (n = 35)"),
/// with the total the same sentence states, if any, and the sentence's stage word.
/// </summary>
/// <param name="Arms">Two or more labelled (or "n =") counts of one sentence.</param>
/// <param name="TotalInSentence">An unlabelled count of people in the same sentence, or null.</param>
/// <param name="Stage">The stage the sentence speaks of (randomised, enrolled, analysed, …), or null.</param>
/// <param name="SentenceText">The sentence.</param>
internal sealed record ArmSizeSet(IReadOnlyList<CountClaim> Arms, CountClaim? TotalInSentence, string? Stage, string SentenceText);
