using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// Values of two or more groups set against each other: <c>61.6% vs. 67.6%</c>,
/// <c>(67.0) compared to the placebo group (50.0)</c>, <c>39.1 ± 4.5 vs. 27.7 ± 6.2%, P = 0.05</c>.
/// Its values may also be claims of their own (a <see cref="MeanSdClaim"/>, a <see cref="ProportionClaim"/>). Immutable.
/// </summary>
/// <param name="Span">From the first value to the last one, or to the p-value when one follows.</param>
/// <param name="Text">The source text of <paramref name="Span"/>.</param>
/// <param name="SentenceSpan">The span of the sentence.</param>
/// <param name="Values">The values in text order; at least two.</param>
/// <param name="Connector">The first connecting word as written ("vs.", "versus", "compared to", "比").</param>
/// <param name="Interval">A confidence interval printed right after the values (usually of their difference: <c>83.27 vs -133.80; 95% CI [-326.910, -40.758]</c>), or null.</param>
/// <param name="P">The p-value printed right after the values, or null.</param>
public sealed record GroupComparisonClaim(
    TextSpan Span,
    string Text,
    TextSpan SentenceSpan,
    ImmutableArray<ComparedValue> Values,
    string Connector,
    ConfidenceInterval? Interval,
    PValue? P) : Claim(Span, Text, SentenceSpan), ITestedClaim
{
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
