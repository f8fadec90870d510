namespace ClaimCheck.Extraction.Claims;

/// <summary>The measure of a <see cref="RatioEstimateClaim"/>.</summary>
public enum RatioMeasure
{
    /// <summary>Odds ratio (OR, aOR).</summary>
    OddsRatio = 0,

    /// <summary>Risk ratio or relative risk (RR, aRR).</summary>
    RiskRatio = 1,

    /// <summary>Hazard ratio (HR, aHR).</summary>
    HazardRatio = 2,

    /// <summary>Incidence rate ratio or rate ratio (IRR).</summary>
    IncidenceRateRatio = 3,

    /// <summary>Risk difference (RD): a difference of proportions, kept with the ratio measures it is reported beside.</summary>
    RiskDifference = 4,
}
