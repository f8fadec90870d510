using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Linking;

/// <summary>Two group values compared in one sentence, and the difference the same sentence reports for them.</summary>
/// <param name="Comparison">The compared values ("67.0 … compared to … 50.0").</param>
/// <param name="Difference">The reported difference ("a difference of 12.86").</param>
internal sealed record ValueDifference(GroupComparisonClaim Comparison, DifferenceEstimateClaim Difference);
