namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// An effect estimate with its interval and p, whatever the text calls it: <see cref="RatioEstimateClaim"/>,
/// <see cref="DifferenceEstimateClaim"/> and <see cref="IntervalEstimateClaim"/>.
/// </summary>
public interface IEstimateClaim : ITestedClaim
{
    /// <summary>The point estimate.</summary>
    ReportedNumber Estimate { get; }

    /// <summary>Its confidence interval, or null when none is printed.</summary>
    ConfidenceInterval? Interval { get; }

    /// <summary>The scale the estimate's interval is built on: log for ratios, linear for differences, either when the text does not name the measure.</summary>
    EstimateScale Scale { get; }
}
