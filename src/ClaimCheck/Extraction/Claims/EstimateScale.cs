namespace ClaimCheck.Extraction.Claims;

/// <summary>The scale an estimate's interval is built on.</summary>
public enum EstimateScale
{
    /// <summary>Ratios (OR, RR, HR, IRR): symmetric on the log scale, null value 1.</summary>
    Log = 0,

    /// <summary>Differences (and risk differences): symmetric on the linear scale, null value 0.</summary>
    Linear = 1,

    /// <summary>The text does not name the measure: either reading is admitted.</summary>
    Either = 2,
}
