namespace ClaimCheck.Tests.Verification.Statcheck;

/// <summary>
/// One expectation of statcheck's own tests (a row of statcheck-expectations.tsv): a short result string,
/// whether statcheck extracts it, what it reads, and its error and decision-error verdicts under the options given.
/// Null or empty members are ones the test does not assert.
/// </summary>
/// <param name="Line">The 1-based line in the TSV file.</param>
/// <param name="SourceFile">The statcheck test file (tests/testthat/…).</param>
/// <param name="TestName">The <c>test_that</c> description.</param>
/// <param name="Input">The result string given to statcheck.</param>
/// <param name="Extracted">True when statcheck returns a result (for <c>AllPValues=TRUE</c>: a p-value).</param>
/// <param name="Statistic">statcheck's name of the statistic (t, F, r, Chi2, Z, Q, Qw, Qb), or null.</param>
/// <param name="StatisticComparison">The relation printed before the statistic's value (=, &lt;, &gt;), or null.</param>
/// <param name="StatisticValue">The statistic's value, or null.</param>
/// <param name="Df1">statcheck's df1 (F's first df; the df of χ² and Q), or null.</param>
/// <param name="Df2">statcheck's df2 (F's second df; the df of t and r), or null.</param>
/// <param name="PComparison">=, &lt;, &gt; or ns, or null.</param>
/// <param name="PValues">The reported p-values (one per result), empty for ns or when not given.</param>
/// <param name="Errors">statcheck's Error verdict per result, empty when not asserted.</param>
/// <param name="DecisionError">statcheck's DecisionError verdict, or null when not asserted.</param>
/// <param name="Options">The statcheck arguments of the expectation, as written (<c>alpha=.10;pEqualAlphaSig=FALSE</c>).</param>
/// <param name="Note">Where a value comes from, generated inputs, remarks.</param>
internal sealed record StatcheckExpectation(
    int Line,
    string SourceFile,
    string TestName,
    string Input,
    bool Extracted,
    string? Statistic,
    string? StatisticComparison,
    double? StatisticValue,
    double? Df1,
    double? Df2,
    string? PComparison,
    IReadOnlyList<double> PValues,
    IReadOnlyList<bool> Errors,
    bool? DecisionError,
    string Options,
    string Note)
{
    /// <summary>Identifies the row across edits of the file: test file, test, input and options.</summary>
    public string Key => $"{SourceFile} | {TestName} | {Input} | {Options}";

    /// <summary>The options as name → value (<c>alpha</c> → <c>.10</c>).</summary>
    public IReadOnlyDictionary<string, string> OptionMap
        => Options.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(o => o.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty, StringComparer.Ordinal);
}
