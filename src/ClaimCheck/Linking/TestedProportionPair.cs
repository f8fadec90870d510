using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Linking;

/// <summary>An arm pair of proportions (<see cref="ProportionPair"/>) with the one p-value its sentence prints after them: "24/60 (40.0%) vs 15/60 (25.0%) (p = 0.001)".</summary>
/// <param name="Pair">The two proportions.</param>
/// <param name="P">The p-value of their comparison.</param>
internal sealed record TestedProportionPair(ProportionPair Pair, PValue P);
