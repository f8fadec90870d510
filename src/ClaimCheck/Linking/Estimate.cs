using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Linking;

/// <summary>
/// An effect estimate as the rules check it: the claim that carries it, its point value, interval and p, the
/// scale its interval is built on, and whether the text declares one-sided tests anywhere. Made once per
/// document by <see cref="EstimateReader"/>, only for estimates whose reading is sound enough to check.
/// </summary>
/// <param name="Claim">The claim.</param>
/// <param name="Name">How to name the estimate in a message ("OR", "difference", "median difference", "estimate").</param>
/// <param name="Value">The point estimate.</param>
/// <param name="Interval">Its confidence interval, if given.</param>
/// <param name="P">Its p-value, if given.</param>
/// <param name="Scale">Log scale (OR, RR, HR, IRR), linear (differences), or either (an estimate the text does not name).</param>
/// <param name="IsMedian">True for a median difference (usually a non-parametric interval).</param>
/// <param name="TextDeclaresOneSided">True when any sentence of the text declares one-sided (one-tailed, directional) tests.</param>
internal sealed record Estimate(Claim Claim, string Name, ReportedNumber Value, ConfidenceInterval? Interval, PValue? P, EstimateScale Scale, bool IsMedian, bool TextDeclaresOneSided)
{
    /// <summary>True for ratios: null value 1, log scale.</summary>
    internal bool IsRatio => Scale == EstimateScale.Log;
}
