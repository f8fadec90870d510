using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>An estimate with its interval and p, whatever claim carries it, and whether it lives on the log scale.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Name">How to name the estimate in a message ("OR", "difference").</param>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Interval">Its confidence interval, if given.</param>
/// <param name="P">Its p-value, if given.</param>
/// <param name="IsRatio">True for OR, RR, HR and IRR (null value 1, log scale); false for differences (null value 0).</param>
/// <param name="IsMedian">True for a median difference (usually a non-parametric interval).</param>
internal sealed record EstimateView(Claim Claim, string Name, ReportedNumber Estimate, ConfidenceInterval? Interval, PValue? P, bool IsRatio, bool IsMedian)
{
    internal static IEnumerable<EstimateView> All(IEnumerable<Claim> claims)
    {
        foreach (var claim in claims)
        {
            switch (claim)
            {
                case RatioEstimateClaim r:
                    yield return new EstimateView(r, r.MeasureText, r.Estimate, r.Interval, r.P, r.Measure != RatioMeasure.RiskDifference, false);
                    break;
                case DifferenceEstimateClaim d:
                    yield return new EstimateView(d, d.Measure == DifferenceMeasure.Median ? "median difference" : "difference", d.Estimate, d.Interval, d.P, false, d.Measure == DifferenceMeasure.Median);
                    break;
                case IntervalEstimateClaim i:
                    yield return new EstimateView(i, "estimate", i.Estimate, i.Interval, i.P, false, false);
                    break;
            }
        }
    }
}
