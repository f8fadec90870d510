namespace ClaimCheck.Extraction.Claims;

/// <summary>What sort of numeric claim (or significance wording) a <see cref="Claim"/> is.</summary>
public enum ClaimKind
{
    /// <summary>A share of a group: <c>23/49</c>, <c>46.94% (23/49)</c>, <c>23 (46.9%)</c>, <c>17.9% of patients</c>. See <see cref="ProportionClaim"/>.</summary>
    Proportion = 0,

    /// <summary>A count or group size: <c>n = 65</c>, <c>65 patients</c>, <c>Seventeen patients</c>. See <see cref="CountClaim"/>.</summary>
    Count = 1,

    /// <summary>A ratio estimate (OR, RR, HR, IRR, RD) with its interval and p when given. See <see cref="RatioEstimateClaim"/>.</summary>
    RatioEstimate = 2,

    /// <summary>A mean or median difference with its interval and p when given. See <see cref="DifferenceEstimateClaim"/>.</summary>
    DifferenceEstimate = 3,

    /// <summary>Another estimate printed with a confidence interval (a rate, a mean, a change). See <see cref="IntervalEstimateClaim"/>.</summary>
    IntervalEstimate = 4,

    /// <summary>Values of two or more groups set against each other: <c>61.6% vs. 67.6%</c>. See <see cref="GroupComparisonClaim"/>.</summary>
    GroupComparison = 5,

    /// <summary>A p-value that is not part of another claim: <c>p = 0.030</c>, <c>P&lt;0.001</c>. See <see cref="PValueClaim"/>.</summary>
    PValue = 6,

    /// <summary>A test statistic with its degrees of freedom: <c>t(28) = 2.20</c>, <c>χ2(1, N = 100) = 4.3</c>. See <see cref="TestStatisticClaim"/>.</summary>
    TestStatistic = 7,

    /// <summary>A mean with its standard deviation or standard error: <c>34.8 ± 14.6</c>. See <see cref="MeanSdClaim"/>.</summary>
    MeanSd = 8,

    /// <summary>A median with its interquartile range or range: <c>median 5 (IQR 3–8)</c>. See <see cref="MedianIqrClaim"/>.</summary>
    MedianIqr = 9,

    /// <summary>An allocation ratio: <c>2:1</c>. See <see cref="AllocationRatioClaim"/>.</summary>
    AllocationRatio = 10,

    /// <summary>A dose in powers of ten: <c>4 × 10^7 cells</c>, also when the superscript was lost (<c>4 × 107 cells</c>). See <see cref="DoseClaim"/>.</summary>
    Dose = 11,

    /// <summary>Wording about significance, difference or benefit: <c>significantly reduced</c>, <c>similar</c>. See <see cref="SignificanceStatement"/>.</summary>
    Significance = 12,

    /// <summary>A change stated relative to something else: <c>cut the risk by 44%</c>, <c>twice as likely</c>, <c>from 25% to 40%</c>. See <see cref="RelativeChangeClaim"/>.</summary>
    RelativeChange = 13,

    /// <summary>A named risk quantity: NNT, NNH, absolute or relative risk reduction. See <see cref="RiskQuantityClaim"/>.</summary>
    RiskQuantity = 14,
}
