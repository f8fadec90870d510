using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A test statistic in statcheck's notations with its degrees of freedom and p-value when printed:
/// <c>t(28) = 2.20</c>, <c>F(2, 28) = 2.20</c>, <c>r(28) = .22</c>, <c>χ2(1, N = 100) = 4.3</c>, <c>z = 2.20</c>, <c>Q(28) = 22.2</c>. Immutable.
/// </summary>
/// <param name="Span">From the statistic's symbol to the end of its value or p-value.</param>
/// <param name="Text">The source text of <paramref name="Span"/>.</param>
/// <param name="SentenceSpan">The span of the sentence.</param>
/// <param name="Statistic">Which statistic.</param>
/// <param name="StatisticText">The symbol as written ("t", "χ2", "chi2", "chi-square").</param>
/// <param name="Df1">The (first) degrees of freedom, or null when not printed.</param>
/// <param name="Df2">The second degrees of freedom (F only), or null.</param>
/// <param name="SampleSize">The N printed inside the parentheses (<c>χ2(1, N = 100)</c>), or null.</param>
/// <param name="Value">The statistic's value.</param>
/// <param name="Interval">A confidence interval printed with it (mostly for r), or null.</param>
/// <param name="P">The p-value printed with it, or null.</param>
public sealed record TestStatisticClaim(
    TextSpan Span,
    string Text,
    TextSpan SentenceSpan,
    TestStatisticKind Statistic,
    string StatisticText,
    ReportedNumber? Df1,
    ReportedNumber? Df2,
    ReportedNumber? SampleSize,
    ReportedNumber Value,
    ConfidenceInterval? Interval,
    PValue? P) : Claim(Span, Text, SentenceSpan), ITestedClaim
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.TestStatistic;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("Stat").Add("stat", Statistic switch { TestStatisticKind.T => "t", TestStatisticKind.F => "F", TestStatisticKind.R => "r", TestStatisticKind.ChiSquare => "chi2", TestStatisticKind.Z => "z", _ => "Q" })
            .Add("df", Df1).Add("df2", Df2).Add("N", SampleSize).Add("value", Value).Interval(Interval).P(P);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers
        => new[] { Df1, Df2, SampleSize, Value, Interval?.Level, Interval?.Lower, Interval?.Upper, P?.Value }.OfType<ReportedNumber>().OrderBy(n => n.Span.Start);
}
