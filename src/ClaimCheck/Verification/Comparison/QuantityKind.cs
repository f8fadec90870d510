namespace ClaimCheck.Verification.Comparison;

/// <summary>What a compared number measures: a summary number is set only against source numbers of its kind (and measure).</summary>
internal enum QuantityKind
{
    /// <summary>A number of people or events: a count, a proportion's numerator or denominator.</summary>
    Count,

    /// <summary>A percentage of a group: a proportion's percent, a compared group's percent.</summary>
    Percent,

    /// <summary>A ratio estimate (OR, RR, HR, IRR; a risk difference), compared only with the same measure.</summary>
    Ratio,

    /// <summary>A difference or another estimate printed with an interval.</summary>
    Difference,

    /// <summary>A p-value.</summary>
    P,

    /// <summary>A relative change in percent ("25% more likely", "cut the risk by 44%"), compared with the ratios and proportions it derives from (<see cref="ComparedQuantities.Derivations"/>).</summary>
    RelativeChange,
}
