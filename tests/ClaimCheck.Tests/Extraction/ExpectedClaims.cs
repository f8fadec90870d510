using System.Globalization;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// Checks extracted claims against rows written by hand. An input marks each expected claim's span
/// with <c>[|…|]</c>; the expectation lists the claims in the same order, separated by <c> ; </c>,
/// each as a kind followed by <c>key=value</c> fields (<c>_</c> stands for a space inside a value).
/// A number is written as printed: its text, value and decimals are all checked against it
/// (<c>est=−13.31%</c> also asks for a percent sign). Fields not written are not checked, except
/// that every listed claim must exist and no other claim may.
/// </summary>
internal static class ExpectedClaims
{
    /// <summary>
    /// Removes the <c>[|…|]</c> marks (which may nest, for a comparison and the claims inside it) and
    /// returns the plain input with the marked spans ordered as claims are: by start, longer first.
    /// </summary>
    internal static (string Text, List<TextSpan> Spans) Unmark(string marked)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        var open = new Stack<int>();
        for (int i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '[' && i + 1 < marked.Length && marked[i + 1] == '|')
            {
                open.Push(text.Length);
                i++;
            }
            else if (marked[i] == '|' && i + 1 < marked.Length && marked[i + 1] == ']' && open.Count > 0)
            {
                spans.Add(TextSpan.FromBounds(open.Pop(), text.Length));
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return (text.ToString(), spans);
    }

    /// <summary>Asserts that <paramref name="claims"/> are exactly the marked and described claims.</summary>
    internal static void Check(string text, IReadOnlyList<Claim> claims, List<TextSpan> spans, string expectation)
    {
        var expected = expectation.Length == 0 ? [] : expectation.Split(" ; ");
        spans.Should().HaveCount(expected.Length, "each expected claim needs its span marked in the input");
        claims.Select(c => $"{c.Kind} `{c.Text}`").Should().HaveCount(expected.Length, "the input should give exactly the listed claims");
        for (int i = 0; i < expected.Length; i++)
        {
            var claim = claims[i];
            claim.Span.Should().Be(spans[i], $"claim {i + 1} ({claim.Kind} `{claim.Text}`) should cover `{text.Substring(spans[i].Start, spans[i].Length)}`");
            claim.Text.Should().Be(text.Substring(claim.Span.Start, claim.Span.Length));
            foreach (var number in claim.Numbers)
            {
                text.Substring(number.Span.Start, number.Span.Length).Should().Be(number.Text, "a number's span covers its text");
            }

            CheckFields(claim, expected[i].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    private static void CheckFields(Claim claim, string[] parts)
    {
        claim.Kind.Should().Be(KindOf(parts[0]), $"`{claim.Text}`");
        foreach (var field in parts.Skip(1))
        {
            int op = field.IndexOfAny(['=', '<', '>', '≤', '≥']);
            string key = field[..op];
            string value = field[(op + 1)..].Replace('_', ' ');
            char relation = field[op];
            CheckField(claim, key, relation, value);
        }
    }

    private static ClaimKind KindOf(string name) => name switch
    {
        "Ratio" => ClaimKind.RatioEstimate,
        "Difference" => ClaimKind.DifferenceEstimate,
        "Estimate" => ClaimKind.IntervalEstimate,
        "Comparison" => ClaimKind.GroupComparison,
        "Stat" => ClaimKind.TestStatistic,
        "Allocation" => ClaimKind.AllocationRatio,
        _ => Enum.Parse<ClaimKind>(name),
    };

    private static void CheckField(Claim claim, string key, char relation, string value)
    {
        string because = $"{key} of `{claim.Text}`";
        switch (claim, key)
        {
            case (ProportionClaim p, "k"): Number(p.Count, value, because); break;
            case (ProportionClaim p, "n"): Number(p.Total, value, because); break;
            case (ProportionClaim p, "pct"): Number(p.Percent, value, because); break;
            case (ProportionClaim p, "label"): p.GroupLabel.Should().Be(NullIfDash(value), because); break;
            case (ProportionClaim p, "ctx"): p.TotalFromContext.Should().Be(value == "1", because); break;
            case (ProportionClaim p, _): IntervalField(p.Interval, key, value, because); break;
            case (CountClaim c, "n"): Number(c.Count, value, because); break;
            case (CountClaim c, "value"): c.Count.Value.Should().Be(double.Parse(value, CultureInfo.InvariantCulture), because); break;
            case (CountClaim c, "noun"): c.Noun.Should().Be(NullIfDash(value), because); break;
            case (CountClaim c, "label"): c.GroupLabel.Should().Be(NullIfDash(value), because); break;
            case (RatioEstimateClaim r, "m"): r.Measure.Should().Be(value switch { "OR" => RatioMeasure.OddsRatio, "RR" => RatioMeasure.RiskRatio, "HR" => RatioMeasure.HazardRatio, "IRR" => RatioMeasure.IncidenceRateRatio, _ => RatioMeasure.RiskDifference }, because); break;
            case (RatioEstimateClaim r, "adj"): r.IsAdjusted.Should().Be(value == "1", because); break;
            case (RatioEstimateClaim r, "name"): r.MeasureText.Should().Be(value, because); break;
            case (RatioEstimateClaim r, "est"): Number(r.Estimate, value, because); break;
            case (RatioEstimateClaim r, "p"): PValue(r.P, relation, value, because); break;
            case (RatioEstimateClaim r, _): IntervalField(r.Interval, key, value, because); break;
            case (DifferenceEstimateClaim d, "m"): d.Measure.Should().Be(Enum.Parse<DifferenceMeasure>(value, ignoreCase: true), because); break;
            case (DifferenceEstimateClaim d, "est"): Number(d.Estimate, value, because); break;
            case (DifferenceEstimateClaim d, "spread"): Number(d.Spread, value, because); break;
            case (DifferenceEstimateClaim d, "unit"): d.Unit.Should().Be(NullIfDash(value), because); break;
            case (DifferenceEstimateClaim d, "p"): PValue(d.P, relation, value, because); break;
            case (DifferenceEstimateClaim d, _): IntervalField(d.Interval, key, value, because); break;
            case (IntervalEstimateClaim e, "est"): Number(e.Estimate, value, because); break;
            case (IntervalEstimateClaim e, "unit"): e.Unit.Should().Be(NullIfDash(value), because); break;
            case (IntervalEstimateClaim e, "p"): PValue(e.P, relation, value, because); break;
            case (IntervalEstimateClaim e, _): IntervalField(e.Interval, key, value, because); break;
            case (GroupComparisonClaim g, "values"):
                var literals = value.Split('|');
                g.Values.Should().HaveCount(literals.Length, because);
                for (int i = 0; i < literals.Length; i++)
                {
                    Number(g.Values[i].Value, literals[i], because);
                }

                break;
            case (GroupComparisonClaim g, "spreads"):
                var spreads = value.Split('|');
                for (int i = 0; i < spreads.Length; i++)
                {
                    Number(spreads[i] == "-" ? null : g.Values[i].Spread, spreads[i], because);
                }

                break;
            case (GroupComparisonClaim g, "labels"): g.Values.Select(v => v.GroupLabel ?? "-").Should().Equal(value.Split('|'), because); break;
            case (GroupComparisonClaim g, "conn"): g.Connector.Should().Be(value, because); break;
            case (GroupComparisonClaim g, "p"): PValue(g.P, relation, value, because); break;
            case (GroupComparisonClaim g, _): IntervalField(g.Interval, key, value, because); break;
            case (PValueClaim pv, "p"): PValue(pv.P, relation, value, because); break;
            case (PValueClaim pv, "q"): pv.P.Qualifier.Should().Be(value, because); break;
            case (TestStatisticClaim t, "stat"): t.Statistic.Should().Be(value switch { "t" => TestStatisticKind.T, "F" => TestStatisticKind.F, "r" => TestStatisticKind.R, "chi2" => TestStatisticKind.ChiSquare, "z" => TestStatisticKind.Z, _ => TestStatisticKind.Q }, because); break;
            case (TestStatisticClaim t, "df"): Number(t.Df1, value, because); break;
            case (TestStatisticClaim t, "df2"): Number(t.Df2, value, because); break;
            case (TestStatisticClaim t, "N"): Number(t.SampleSize, value, because); break;
            case (TestStatisticClaim t, "value"): Number(t.Value, value, because); break;
            case (TestStatisticClaim t, "p"): PValue(t.P, relation, value, because); break;
            case (TestStatisticClaim t, _): IntervalField(t.Interval, key, value, because); break;
            case (MeanSdClaim m, "mean"): Number(m.Mean, value, because); break;
            case (MeanSdClaim m, "sd"): Number(m.Spread, value, because); break;
            case (MeanSdClaim m, "kind"): m.SpreadKind.Should().Be(value switch { "SD" => SpreadKind.StandardDeviation, "SE" => SpreadKind.StandardError, _ => SpreadKind.Unspecified }, because); break;
            case (MeanSdClaim m, "unit"): m.Unit.Should().Be(NullIfDash(value), because); break;
            case (MedianIqrClaim m, "median"): Number(m.Median, value, because); break;
            case (MedianIqrClaim m, "lo"): Number(m.Lower, value, because); break;
            case (MedianIqrClaim m, "hi"): Number(m.Upper, value, because); break;
            case (MedianIqrClaim m, "kind"): m.RangeKind.Should().Be(value switch { "IQR" => RangeKind.InterquartileRange, "range" => RangeKind.Range, _ => RangeKind.Unspecified }, because); break;
            case (MedianIqrClaim m, "unit"): m.Unit.Should().Be(NullIfDash(value), because); break;
            case (AllocationRatioClaim a, "parts"): a.Parts.Select(n => n.Value).Should().Equal(value.Split(':').Select(v => double.Parse(v, CultureInfo.InvariantCulture)), because); break;
            case (DoseClaim d, "amount"): d.Amount.Text.Should().Be(value, because); break;
            case (DoseClaim d, "value"): d.Amount.Value.Should().BeApproximately(double.Parse(value, CultureInfo.InvariantCulture), 1e-6 * Math.Abs(d.Amount.Value), because); break;
            case (DoseClaim d, "exp"): d.Amount.Exponent.Should().Be(int.Parse(value, CultureInfo.InvariantCulture), because); break;
            case (DoseClaim d, "recon"): d.Amount.IsReconstructed.Should().Be(value == "1", because); break;
            case (DoseClaim d, "unit"): d.Unit.Should().Be(value, because); break;
            case (SignificanceStatement s, "w"): s.Wording.Should().Be(Enum.Parse<SignificanceWording>(value), because); break;
            case (SignificanceStatement s, "hedged"): s.IsHedged.Should().Be(value == "1", because); break;
            default: throw new ArgumentException($"unknown field {key} for {claim.Kind}");
        }
    }

    private static string? NullIfDash(string value) => value == "-" ? null : value;

    private static void IntervalField(ConfidenceInterval? ci, string key, string value, string because)
    {
        switch (key)
        {
            case "ci" when value == "-": ci.Should().BeNull(because); break;
            case "level": Number(ci?.Level, value, because); break;
            case "lo": ci.Should().NotBeNull(because); Number(ci!.Lower, value, because); break;
            case "hi": ci.Should().NotBeNull(because); Number(ci!.Upper, value, because); break;
            default: throw new ArgumentException($"unknown field {key}");
        }
    }

    private static void PValue(PValue? p, char relation, string value, string because)
    {
        p.Should().NotBeNull(because);
        p!.Relation.Should().Be(relation switch
        {
            '<' => RelationalOperator.Less,
            '>' => RelationalOperator.Greater,
            '≤' => RelationalOperator.LessOrEqual,
            '≥' => RelationalOperator.GreaterOrEqual,
            _ => RelationalOperator.Equal,
        }, because);
        if (value is "n.s." or "NS" or "ns" or "N.S.")
        {
            p.Value.Should().BeNull(because);
            p.ValueText.Should().Be(value, because);
        }
        else
        {
            Number(p.Value, value, because);
            p.ValueText.Should().Be(value.TrimEnd('%'), because);
        }
    }

    /// <summary>
    /// Checks a number against its literal as printed: text, value and decimals (digits after '.'
    /// or '·'), and a percent sign when the literal ends with '%'. "-" expects no number.
    /// </summary>
    internal static void Number(ReportedNumber? actual, string literal, string because)
    {
        if (literal == "-")
        {
            actual.Should().BeNull(because);
            return;
        }

        actual.Should().NotBeNull(because);
        var n = actual!.Value;
        if (char.IsLetter(literal[0]))
        {
            // A number in words: its text is checked here, its value with a separate field.
            n.Text.Should().Be(literal, because);
            n.IsInWords.Should().BeTrue(because);
            return;
        }

        bool percent = literal.EndsWith('%');
        string text = percent ? literal[..^1] : literal;
        n.Text.Should().Be(text, because);
        n.IsPercent.Should().Be(percent, because);
        n.Value.Should().BeApproximately(ValueOf(text), 1e-9 * Math.Max(1, Math.Abs(n.Value)), because);
        int mark = text.IndexOfAny(['.', '·']);
        n.Decimals.Should().Be(mark < 0 ? 0 : text.Length - mark - 1, because);
    }

    private static double ValueOf(string text)
    {
        string plain = text.Replace('−', '-').Replace('–', '-').Replace('‐', '-').Replace('·', '.').Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace("\u2009", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return double.Parse(plain, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
