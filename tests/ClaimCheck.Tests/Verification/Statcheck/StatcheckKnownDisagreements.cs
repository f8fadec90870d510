namespace ClaimCheck.Tests.Verification.Statcheck;

/// <summary>
/// The rows of statcheck-expectations.tsv where ClaimCheck differs from statcheck, each with its cause. After
/// issue 12 every one is a deliberate difference where ClaimCheck's reading is right for the text it reads
/// (docs/accuracy/statcheck-parity.md explains each). StatcheckExpectationTests fails when a row outside this
/// list differs, and when a listed row agrees, so that the list only shrinks.
/// </summary>
internal static class StatcheckKnownDisagreements
{
    /// <summary>impossible value read and reported as CC2010 where statcheck skips the result.</summary>
    internal const string ImpossibleValue = "deliberate: impossible value read and reported as CC2010 (p > 1, |r| > 1) where statcheck skips the result silently";

    /// <summary>a statistic printed with two decimal points is not read: its value cannot be known.</summary>
    internal const string TwoPoints = "deliberate: a statistic printed with two decimal points (\"=.1.84\", \"=..1.84\") is not read: whether it is 1.84, .184 or .1 cannot be known, and a guessed value would make a check that the text does not support";

    /// <summary>a bare "ns" in running text is not taken as a p-value.</summary>
    internal const string BareNs = "deliberate: a bare \"ns\" with no statistic before it is not read as a p-value (ClaimCheck reads \"ns\" after a statistic with its df)";

    /// <summary>decision error judged on the statistic's whole rounding range.</summary>
    internal const string DecisionOnRange = "deliberate: the decision error is judged on the whole rounding range of the statistic (F = 4 may be 3.5, p = .016, significant at alpha = .02), statcheck on the printed value's p (.025)";

    /// <summary>Row key (<see cref="StatcheckExpectation.Key"/>) → cause, in the file's order.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Causes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["test-statcheck.R | Alpha adjusts signifiance level | F(2,45) = 4, p = .01 | alpha=.02"] = DecisionOnRange,
        ["test-extract-t-tests.R | tests with 'p-values' larger than 1 are not retrieved from text | t(28) = 2.20, p = 1.03 | "] = ImpossibleValue,
        ["test-extract-correlations.R | 'correlations' > 1 are not retrieved | r(16) = 26.05, p = .10 | "] = ImpossibleValue,
        ["test-extract-non-apa.R | incorrect punctuation in test is extracted and parsed | t(102)=.1.84,p=.068 | apa_style=FALSE"] = TwoPoints,
        ["test-extract-non-apa.R | incorrect punctuation in test is extracted and parsed | t(102)=..1.84,p=.068 | apa_style=FALSE"] = TwoPoints,
        ["test-extract-pvalues.R | results reported as ns are correctly parsed | the result was not significant, ns | AllPValues=TRUE"] = BareNs,
    };
}
