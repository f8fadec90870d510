using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// Values of two or more groups set against each other: <c>61.6% vs. 67.6%</c>,
/// <c>(67.0) compared to the placebo group (50.0)</c>, <c>39.1 ± 4.5 vs. 27.7 ± 6.2%, P = 0.05</c>.
/// Its values may also be claims of their own (a <see cref="MeanSdClaim"/>, a <see cref="ProportionClaim"/>). Immutable.
/// </summary>
public sealed record GroupComparisonClaim : Claim, ITestedClaim
{
    internal GroupComparisonClaim(TextSpan span, string text, TextSpan sentenceSpan, ImmutableArray<ComparedValue> values, string connector, ConfidenceInterval? interval, PValue? p)
        : base(span, text, sentenceSpan)
    {
        Values = values;
        Connector = connector;
        Interval = interval;
        P = p;
    }

    /// <summary>The values in text order; at least two.</summary>
    public ImmutableArray<ComparedValue> Values { get; internal init; }

    /// <summary>The first connecting word as written ("vs.", "versus", "compared to", "比").</summary>
    public string Connector { get; internal init; }

    /// <summary>A confidence interval printed right after the values (usually of their difference: <c>83.27 vs -133.80; 95% CI [-326.910, -40.758]</c>), or null.</summary>
    public ConfidenceInterval? Interval { get; internal init; }

    /// <summary>The p-value printed right after the values, or null.</summary>
    public PValue? P { get; internal init; }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.GroupComparison;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("Comparison").Add("values", string.Join('|', Values.Select(v => v.Value.ToString())))
            .Add("spreads", Values.Any(v => v.Spread is not null) ? string.Join('|', Values.Select(v => v.Spread?.ToString() ?? "-")) : null)
            .Add("labels", Values.Any(v => v.GroupLabel is not null) ? string.Join('|', Values.Select(v => v.GroupLabel ?? "-")) : null)
            .Add("conn", Connector).Interval(Interval).P(P);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers
    {
        get
        {
            var list = new List<ReportedNumber>();
            foreach (var v in Values)
            {
                list.Add(v.Value);
                if (v.Spread is { } spread)
                {
                    list.Add(spread);
                }
            }

            if (Interval is not null)
            {
                list.AddRange(new[] { Interval.Level, Interval.Lower, Interval.Upper }.OfType<ReportedNumber>());
            }

            if (P?.Value is { } p)
            {
                list.Add(p);
            }

            return list.OrderBy(n => n.Span.Start);
        }
    }
}
