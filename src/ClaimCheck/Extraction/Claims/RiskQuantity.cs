namespace ClaimCheck.Extraction.Claims;

/// <summary>The named quantity of a <see cref="RiskQuantityClaim"/>.</summary>
public enum RiskQuantity
{
    /// <summary>Number needed to treat (NNT): people treated for one to benefit; 1 / absolute risk reduction, rounded up.</summary>
    NumberNeededToTreat = 0,

    /// <summary>Number needed to harm (NNH): people treated for one to be harmed; 1 / absolute risk increase, rounded up.</summary>
    NumberNeededToHarm = 1,

    /// <summary>Absolute risk reduction: the difference of the two risks.</summary>
    AbsoluteRiskReduction = 2,

    /// <summary>Absolute risk increase: the difference of the two risks, upward.</summary>
    AbsoluteRiskIncrease = 3,

    /// <summary>Relative risk reduction: 1 − the risk ratio.</summary>
    RelativeRiskReduction = 4,

    /// <summary>
    /// An absolute risk written as a natural frequency, "k in N" or "k per N" ("2 in every 1,000 people a year"); the N is
    /// <see cref="RiskQuantityClaim.Per"/>.
    /// </summary>
    NaturalFrequency = 5,
}
