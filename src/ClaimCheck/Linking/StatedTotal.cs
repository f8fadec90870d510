using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Linking;

/// <summary>A count of all the trial's people at one stage ("One hundred patients … were randomized", "recruited 101").</summary>
/// <param name="Count">The count.</param>
/// <param name="Stage">The stage word of its sentence (randomised, enrolled, recruited, analysed, treated …), or null.</param>
internal sealed record StatedTotal(CountClaim Count, string? Stage);
