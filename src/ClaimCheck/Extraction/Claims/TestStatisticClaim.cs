using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A test statistic in statcheck's notations with its degrees of freedom and p-value when printed:
/// <c>t(28) = 2.20</c>, <c>F(2, 28) = 2.20</c>, <c>r(28) = .22</c>, <c>χ2(1, N = 100) = 4.3</c>, <c>z = 2.20</c>, <c>Q(28) = 22.2</c>. Immutable.
/// </summary>
public sealed record TestStatisticClaim : Claim, ITestedClaim
{
    internal TestStatisticClaim(TextSpan span, string text, TextSpan sentenceSpan, TestStatisticKind statistic, string statisticText, ReportedNumber? df1, ReportedNumber? df2, ReportedNumber? sampleSize, ReportedNumber value, ConfidenceInterval? interval, PValue? p)
        : base(span, text, sentenceSpan)
    {
        Statistic = statistic;
        StatisticText = statisticText;
        Df1 = df1;
        Df2 = df2;
        SampleSize = sampleSize;
        Value = value;
        Interval = interval;
        P = p;
    }

    /// <summary>Which statistic.</summary>
    public TestStatisticKind Statistic { get; internal init; }

    /// <summary>The symbol as written ("t", "χ2", "chi2", "chi-square").</summary>
    public string StatisticText { get; internal init; }

    /// <summary>The (first) degrees of freedom, or null when not printed.</summary>
    public ReportedNumber? Df1 { get; internal init; }

    /// <summary>The second degrees of freedom (F only), or null.</summary>
    public ReportedNumber? Df2 { get; internal init; }

    /// <summary>The N printed inside the parentheses (<c>χ2(1, N = 100)</c>), or null.</summary>
    public ReportedNumber? SampleSize { get; internal init; }

    /// <summary>The relation printed between the statistic and its value: <see cref="RelationalOperator.Equal"/>, or a bound ("t(28) &lt; 2.2", "F(2, 52) &lt; 1").</summary>
    public RelationalOperator Relation { get; internal init; }

    /// <summary>The statistic's value (a bound when <see cref="Relation"/> is not equality).</summary>
    public ReportedNumber Value { get; internal init; }

    /// <summary>A confidence interval printed with it (mostly for r), or null.</summary>
    public ConfidenceInterval? Interval { get; internal init; }

    /// <summary>The p-value printed with it, or null.</summary>
    public PValue? P { get; internal init; }

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
