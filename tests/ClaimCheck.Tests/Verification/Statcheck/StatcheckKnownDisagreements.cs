namespace ClaimCheck.Tests.Verification.Statcheck;

/// <summary>
/// The rows of statcheck-expectations.tsv where ClaimCheck currently differs from statcheck, each with its cause
/// (issue 12 fixes the causes and empties this list; docs/accuracy/statcheck-parity.md explains each).
/// StatcheckExpectationTests fails when a row outside this list differs, and when a listed row agrees,
/// so that the list only shrinks.
/// </summary>
internal static class StatcheckKnownDisagreements
{
    /// <summary>truncation: a truncated p is admitted (statcheck only rounds), even where that reading flips the decision.</summary>
    internal const string Truncation = "truncation: a truncated p is admitted (statcheck only rounds), even where that reading flips the decision";

    /// <summary>inequality: a statistic given as t &lt; x or t &gt; x is read as t = x.</summary>
    internal const string StatisticInequality = "inequality: a statistic given as t < x or t > x is read as t = x";

    /// <summary>inequality: "p &gt; x" with x below alpha is taken as a non-significant report (statcheck: a decision error only when x &gt;= alpha).</summary>
    internal const string GreaterThanBelowAlpha = "inequality: \"p > x\" with x below alpha is taken as a non-significant report (statcheck: a decision error only when x >= alpha)";

    /// <summary>words: "ns" is not read as p &gt; alpha.</summary>
    internal const string NotSignificantWords = "words: \"ns\" is not read as p > alpha";

    /// <summary>p &lt; .000: not reported (statcheck: always an error).</summary>
    internal const string PLessThanZero = "p < .000: not reported (statcheck: always an error)";

    /// <summary>edge: the printed bound equals the end of the computed range to the last bit (p(2.15) = .040338183264729600001), so the verdict rests on floating-point rounding.</summary>
    internal const string RangeEdge = "edge: the printed bound equals the end of the computed range to the last bit (p(2.15) = .040338183264729600001), so the verdict rests on floating-point rounding";

    /// <summary>non-APA notation read (semicolon before p, square brackets, spaces before the bracket): statcheck skips it by default, reads it with apa_style = FALSE.</summary>
    internal const string NonApaNotation = "non-APA notation read (semicolon before p, square brackets, spaces before the bracket): statcheck skips it by default, reads it with apa_style = FALSE";

    /// <summary>impossible value read and reported as CC2010 (p &gt; 1, |r| &gt; 1) where statcheck skips the result.</summary>
    internal const string ImpossibleValue = "impossible value read and reported as CC2010 (p > 1, |r| > 1) where statcheck skips the result";

    /// <summary>df a statistic cannot have (t(2,28), z(28)) read instead of skipping the result; t(2,28) is checked as t(2).</summary>
    internal const string ImpossibleDf = "df a statistic cannot have (t(2,28), z(28)) read instead of skipping the result; t(2,28) is checked as t(2)";

    /// <summary>chi spelled chi_2, or the chi lost in conversion ("2(1)"), not read.</summary>
    internal const string ChiSpelling = "chi spelled chi_2, or the chi lost in conversion (\"2(1)\"), not read";

    /// <summary>Q with a subscript (Qw, Qwithin, Q-within, Qb, Qbetween, Q-between) not read.</summary>
    internal const string QSubscript = "Q with a subscript (Qw, Qwithin, Q-within, Qb, Qbetween, Q-between) not read";

    /// <summary>Row key (<see cref="StatcheckExpectation.Key"/>) → cause, in the file's order.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Causes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["test-error.R | simple errors are classified as such | t(28) = 2.20, p = .03 | "] = Truncation,
        ["test-error.R | inexactly reported p-values are correctly classified | t(28) = 2.20, ns | "] = NotSignificantWords,
        ["test-error.R | automated one-tailed test detection works | t(28) = 2.20, p = .01, one-tailed | OneTailedTxt=TRUE"] = Truncation,
        ["test-error.R | you can adapt whether p = .000 is counted as inconsistent or not | t(28) = 22.20, p < .000 | "] = PLessThanZero,
        ["test-error.R | cases where t = ... are correctly classified | t(28) = 2.2, p > 0.0403381832647296 | "] = RangeEdge,
        ["test-error.R | cases where t < ... are correctly classified | t(28) < 2.20, p > 0.0403381832647296 | "] = StatisticInequality,
        ["test-error.R | cases where t < ... are correctly classified | t(28) < 2.2, p = .08 | "] = StatisticInequality,
        ["test-error.R | cases where t < ... are correctly classified | t(28) < 2.2, p > .08 | "] = StatisticInequality,
        ["test-error.R | cases where t < ... are correctly classified | t(28) < 2.2, p = 0.0324934361512092 | "] = StatisticInequality,
        ["test-error.R | cases where t > ... are correctly classified | t(28) > 2.2, p = .02 | "] = StatisticInequality,
        ["test-error.R | cases where t > ... are correctly classified | t(28) > 2.2, p < .02 | "] = StatisticInequality,
        ["test-decisionerror.R | cases where t = ..., p = ... are correctly classified | t(28) = 1.9601364678398, p = .05 | "] = Truncation,
        ["test-decisionerror.R | cases where t = ..., p > ... are correctly classified | t(28) = 2.15493486769497, p > .04 | "] = GreaterThanBelowAlpha,
        ["test-decisionerror.R | cases where t < ..., p = ... are correctly classified | t(28) < 1.9601364678398, p = .05 | "] = Truncation,
        ["test-decisionerror.R | cases where t < ..., p = ... are correctly classified | t(28) < 2.15393486769497, p = .06 | "] = StatisticInequality,
        ["test-decisionerror.R | cases where t < ..., p > ... are correctly classified | t(28) < 2.15393486769497, p > .05 | "] = StatisticInequality,
        ["test-decisionerror.R | cases where t < ..., p > ... are correctly classified | t(28) < 2.15393486769497, p > .06 | "] = StatisticInequality,
        ["test-decisionerror.R | cases where t > ..., p = ... are correctly classified | t(28) > 1.9601364678398, p = .04 | "] = StatisticInequality,
        ["test-decisionerror.R | cases where t > ..., p < ... are correctly classified | t(28) > 1.9601364678398, p < .04 | "] = StatisticInequality,
        ["test-decisionerror.R | cases where t > ..., p < ... are correctly classified | t(28) > 1.9601364678398, p < .05 | "] = StatisticInequality,
        ["test-decisionerror.R | cases where t > ..., p > ... are correctly classified | t(28) > 2.15493486769497, p > .0400 | "] = GreaterThanBelowAlpha,
        ["test-statcheck.R | Alpha adjusts signifiance level | F(2,45) = 4, p = .01 | alpha=.02"] = Truncation,
        ["test-extract-t-tests.R | variations in the p-value are retrieved from text | t(28) = 2.20, ns | "] = NotSignificantWords,
        ["test-extract-t-tests.R | incorrect punctuation in t-tests are not retrieved from text | t(28) = 2.20; p = .03 | "] = NonApaNotation,
        ["test-extract-t-tests.R | incorrect punctuation in t-tests are not retrieved from text | t[28] = 2.20, p = .03 | "] = NonApaNotation,
        ["test-extract-t-tests.R | tests with 'p-values' larger than 1 are not retrieved from text | t(28) = 2.20, p = 1.03 | "] = ImpossibleValue,
        ["test-extract-t-tests.R | t-tests with 2 dfs are not retrieved from text | t(2,28) = 2.20, p = .03 | "] = ImpossibleDf,
        ["test-extract-chi2-tests.R | variations in spelling the Greek letter chi are picked up | chi_2(28) = 2.20, p = .03 | "] = ChiSpelling,
        ["test-extract-chi2-tests.R | chi2 test between parentheses are correctly parsed |  (2(1)=0.03, p=.86 | "] = ChiSpelling,
        ["test-extract-chi2-tests.R | results that only look like chi2 are not retrieved | t  (28) = 2.2, p < .05 | "] = NonApaNotation,
        ["test-extract-z-tests.R | a z followed by degrees of freedom is not matched |  z(28) = 2.20, p = .03 | "] = ImpossibleDf,
        ["test-extract-correlations.R | 'correlations' > 1 are not retrieved | r(16) = 26.05, p = .10 | "] = ImpossibleValue,
        ["test-extract-Q-tests.R | different types of Q-tests are correctly parsed | Qw(2) = 2.20, p = .03 | "] = QSubscript,
        ["test-extract-Q-tests.R | different types of Q-tests are correctly parsed | Qwithin(2) = 2.20, p = .03 | "] = QSubscript,
        ["test-extract-Q-tests.R | different types of Q-tests are correctly parsed | Q-within(2) = 2.20, p = .03 | "] = QSubscript,
        ["test-extract-Q-tests.R | different types of Q-tests are correctly parsed | Qb(2) = 2.20, p = .03 | "] = QSubscript,
        ["test-extract-Q-tests.R | different types of Q-tests are correctly parsed | Qbetween(2) = 2.20, p = .03 | "] = QSubscript,
        ["test-extract-Q-tests.R | different types of Q-tests are correctly parsed | Q-between(2) = 2.20, p = .03 | "] = QSubscript,
        ["test-extract-non-apa.R | df between square, curly, or no brackets are extracted and parsed | t[28] = 2.2, p = .03 | "] = NonApaNotation,
        ["test-extract-non-apa.R | df between square, curly, or no brackets are extracted and parsed | F[2, 28] = 2.2, p = .03 | "] = NonApaNotation,
        ["test-extract-non-apa.R | semi-colons instead of commas are extracted and parsed | t(28) = 2.2; p = .03 | "] = NonApaNotation,
        ["test-extract-pvalues.R | results reported as ns are correctly parsed | the result was not significant, ns | AllPValues=TRUE"] = NotSignificantWords,
    };
}
