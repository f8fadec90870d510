namespace ClaimCheck.Diagnostics;

/// <summary>
/// The id of every built-in rule, one constant each (the ranges are in <c>docs/rules/id-ranges.txt</c>).
/// Ids are never reused: a retired id stays here as a comment.
/// </summary>
public static class RuleIds
{
    /// <summary>CC1001: percentage does not match its count.</summary>
    public const string PercentMismatch = "CC1001";

    /// <summary>CC1002: impossible proportion.</summary>
    public const string ImpossibleProportion = "CC1002";

    /// <summary>CC1003: same group, different denominators.</summary>
    public const string DenominatorDrift = "CC1003";

    /// <summary>CC1004: group sizes do not add up.</summary>
    public const string GroupSum = "CC1004";

    /// <summary>CC1005: allocation ratio does not fit group sizes.</summary>
    public const string AllocationRatio = "CC1005";

    /// <summary>CC1006: percentage impossible for its n (GRIM).</summary>
    public const string GrimPercent = "CC1006";

    /// <summary>CC1007: mean impossible for its n (GRIM).</summary>
    public const string GrimMean = "CC1007";

    /// <summary>CC1008: SD impossible for its n and mean (GRIMMER).</summary>
    public const string GrimmerSd = "CC1008";

    /// <summary>CC1009: median outside its IQR or range.</summary>
    public const string MedianOutsideRange = "CC1009";

    /// <summary>CC1010: a percentage-point change called a percent change, or the other way round.</summary>
    public const string PercentagePoints = "CC1010";

    /// <summary>CC2001: estimate outside its confidence interval.</summary>
    public const string EstimateOutsideInterval = "CC2001";

    /// <summary>CC2002: interval bounds reversed or impossible.</summary>
    public const string ReversedInterval = "CC2002";

    /// <summary>CC2003: ratio interval not symmetric on the log scale.</summary>
    public const string LogAsymmetry = "CC2003";

    /// <summary>CC2004: ratio does not match the counts.</summary>
    public const string RatioCounts = "CC2004";

    /// <summary>CC2005: interval does not match the counts.</summary>
    public const string IntervalCounts = "CC2005";

    /// <summary>CC2006: p-value inconsistent with its interval.</summary>
    public const string PValueInterval = "CC2006";

    /// <summary>CC2007: reported difference is not the difference of the reported values.</summary>
    public const string DifferenceValues = "CC2007";

    /// <summary>CC2008: p-value inconsistent with its test statistic.</summary>
    public const string PValueStatistic = "CC2008";

    /// <summary>CC2009: significance decision flips.</summary>
    public const string DecisionFlip = "CC2009";

    /// <summary>CC2010: impossible statistic.</summary>
    public const string ImpossibleStatistic = "CC2010";

    /// <summary>CC2011: p-value does not match the counts.</summary>
    public const string PValueCounts = "CC2011";

    /// <summary>CC2012: p-value does not match the means and SDs.</summary>
    public const string PValueMeans = "CC2012";

    /// <summary>CC2013: interval implausibly narrow for its n.</summary>
    public const string NarrowInterval = "CC2013";

    /// <summary>CC2014: relative change does not match the numbers it derives from.</summary>
    public const string RelativeChange = "CC2014";

    /// <summary>CC2015: number needed to treat does not match the absolute risk difference.</summary>
    public const string NumberNeeded = "CC2015";

    /// <summary>CC2016: relative change with no absolute risk in the text.</summary>
    public const string RelativeWithoutAbsolute = "CC2016";

    /// <summary>CC2017: hazard ratio described as a probability.</summary>
    public const string HazardAsProbability = "CC2017";

    /// <summary>CC3001: benefit claimed on a non-significant result.</summary>
    public const string BenefitOnNonSignificant = "CC3001";

    /// <summary>CC3002: significance wording contradicts the numbers.</summary>
    public const string SignificanceWording = "CC3002";

    /// <summary>CC3003: marginal-significance language.</summary>
    public const string MarginalSignificance = "CC3003";

    /// <summary>CC3004: imprecise p-value.</summary>
    public const string ImprecisePValue = "CC3004";

    /// <summary>CC4001: summary number differs from its source.</summary>
    public const string SummaryNumberDiffers = "CC4001";

    /// <summary>CC4002: summary number absent from the source.</summary>
    public const string SummaryNumberAbsent = "CC4002";

    /// <summary>CC4003: summary overstates the source.</summary>
    public const string SummaryOverstates = "CC4003";

    /// <summary>CC4004: translations disagree.</summary>
    public const string TranslationsDisagree = "CC4004";

    /// <summary>CC9001: no abstract or article text found.</summary>
    public const string NoArticleText = "CC9001";

    /// <summary>CC9002: input unreadable.</summary>
    public const string Unreadable = "CC9002";

    /// <summary>CC9003: input over the size limit.</summary>
    public const string OverSizeLimit = "CC9003";

    /// <summary>CC9004: number reconstructed from damaged notation.</summary>
    public const string ReconstructedNumber = "CC9004";

    /// <summary>CC9005: markup nested too deeply, flattened.</summary>
    public const string NestingFlattened = "CC9005";

    /// <summary>CC9006: the PDF has no text layer.</summary>
    public const string NoTextLayer = "CC9006";

    /// <summary>CC9007: a page that looks like a discussion yielded no posts.</summary>
    public const string NoPostsFound = "CC9007";

    /// <summary>CC9008: a large input checked in parts.</summary>
    public const string CheckedInParts = "CC9008";

    /// <summary>The prefix of every built-in id; a user's own rules must not use it.</summary>
    internal const string BuiltInPrefix = "CC";

    /// <summary>True when <paramref name="id"/> is in the built-in range (starts with <c>CC</c>, case-insensitive).</summary>
    internal static bool IsBuiltInRange(string id) => id.StartsWith(BuiltInPrefix, StringComparison.OrdinalIgnoreCase);
}
