using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;

namespace ClaimCheck.Verification.Rules.Language;

/// <summary>
/// What a reported result says about significance: its interval against the null value, or its p against α.
/// Printed numbers are read as their rounding intervals, and a result is evidence only when the whole
/// interval falls on one side: "p = 0.05" (0.045–0.055) and a bound printed as "0.00" decide nothing.
/// A threshold ("not significant at the p &lt; .05 level") and a p for interaction are not results.
/// </summary>
internal static class ResultSignificance
{
    /// <summary>A result with numbers: the claim, whether it is significant (null when its printed numbers cannot tell), and how to cite it.</summary>
    internal sealed record Evidence(Claim Claim, bool? Significant, string Citation);

    /// <summary>The numeric results among <paramref name="claims"/> (estimates with an interval or p, p-values, test statistics).</summary>
    internal static IEnumerable<Evidence> Of(string text, IReadOnlyCollection<Claim> claims, double alpha)
    {
        var seen = new HashSet<Text.TextSpan>();
        foreach (var e in EstimateReader.Read(text, claims))
        {
            if (e.Interval is { } ci)
            {
                bool? crossesZero = Crosses(ci, 0), crossesOne = Crosses(ci, 1);
                bool? crosses = e.Scale switch
                {
                    EstimateScale.Log => crossesOne,
                    EstimateScale.Linear => crossesZero,
                    // An unnamed estimate may be one group's mean, whose interval says nothing about a difference:
                    // it speaks only when it crosses both 0 and 1 (then nothing it could be is significant).
                    _ => crossesZero == true && crossesOne == true ? true : null,
                };
                if (e.P is { } p)
                {
                    seen.Add(p.Span);
                }

                if (e.P is { } tested && IsNotAResult(text, tested))
                {
                    continue;
                }

                if (crosses is null && e.P is null)
                {
                    // "65.6% [44.5% to 86.7%]" unnamed: it may be a significant difference; say so rather than drop it.
                    yield return new Evidence(e.Claim, null, e.Claim.Text);
                }
                else if (crosses is { } c)
                {
                    string nullValue = e.Scale == EstimateScale.Log ? "1" : e.Scale == EstimateScale.Linear ? "0" : "0 and 1";
                    yield return new Evidence(e.Claim, !c, $"{e.Claim.Text} (the interval {(c ? "crosses" : "excludes")} {nullValue})");
                }
                else if (e.P is { } p2)
                {
                    yield return new Evidence(e.Claim, Decide(p2, alpha), e.Claim.Text);
                }
            }
            else if (e.P is { } p && seen.Add(p.Span) && !IsNotAResult(text, p))
            {
                yield return new Evidence(e.Claim, Decide(p, alpha), e.Claim.Text);
            }
        }

        foreach (var claim in claims)
        {
            if (claim.Kind is ClaimKind.PValue or ClaimKind.TestStatistic or ClaimKind.GroupComparison && (claim as ITestedClaim)?.P is { } p && seen.Add(p.Span)
                && !IsNotAResult(text, p))
            {
                yield return new Evidence(claim, Decide(p, alpha), claim.Text);
            }
        }
    }

    /// <summary>
    /// Whether the p-value says significant at α, reading "p = 0.052" as 0.0515–0.0525: true when all of it
    /// is below α ("p &lt; .05" and "p ≤ .05" count as below), false when all of it is at or above α, null when
    /// the printed value cannot tell ("p = 0.05", "p &lt; 0.1", "p &gt; 0.01", "NS" without a number).
    /// </summary>
    internal static bool? Decide(PValue p, double alpha)
    {
        if (p.Value is not { } v)
        {
            return null;
        }

        double low = v.Value - v.HalfUnit, high = v.Value + v.HalfUnit;
        if (v.Value < 0 || v.Value > 1 || (v.Value == 0 && p.Relation is RelationalOperator.Less or RelationalOperator.LessOrEqual))
        {
            // "p < 0" or "p = 60" is a misprint or a misreading, not a result to weigh.
            return null;
        }

        return p.Relation switch
        {
            RelationalOperator.Less or RelationalOperator.LessOrEqual => v.Value <= alpha ? true : null,
            RelationalOperator.Greater or RelationalOperator.GreaterOrEqual => v.Value >= alpha ? false : null,
            RelationalOperator.Equal when high < alpha => true,
            RelationalOperator.Equal when low >= alpha => false,
            _ => null,
        };
    }


    /// <summary>Whether the interval, read with each bound's rounding interval, crosses <paramref name="nullValue"/>; null when a bound may equal it.</summary>
    private static bool? Crosses(ConfidenceInterval ci, double nullValue)
    {
        double lowerLow = ci.Lower.Value - ci.Lower.HalfUnit, lowerHigh = ci.Lower.Value + ci.Lower.HalfUnit;
        double upperLow = ci.Upper.Value - ci.Upper.HalfUnit, upperHigh = ci.Upper.Value + ci.Upper.HalfUnit;
        if (upperHigh < nullValue || lowerLow > nullValue)
        {
            return false;
        }

        return lowerHigh < nullValue && upperLow > nullValue ? true : null;
    }

    /// <summary>A significance threshold ("at the p &lt; .05 level", "set at p = 0.05") or a p for interaction is not a result.</summary>
    private static bool IsNotAResult(string text, PValue p)
    {
        int from = Math.Max(0, p.Span.Start - 40), to = Math.Min(text.Length, p.Span.End + 12);
        string before = text[from..p.Span.Start].ToLowerInvariant(), after = text[p.Span.End..to].ToLowerInvariant();
        return before.EndsWith("at the ", StringComparison.Ordinal) || before.EndsWith("at a ", StringComparison.Ordinal) || before.EndsWith("at ", StringComparison.Ordinal)
            || after.StartsWith(" level", StringComparison.Ordinal) || after.StartsWith(" significance level", StringComparison.Ordinal)
            || before.Contains("interaction", StringComparison.Ordinal) || before.Contains("hosmer", StringComparison.Ordinal) || before.Contains("goodness", StringComparison.Ordinal)
            || before.EndsWith("hl ", StringComparison.Ordinal) || (p.Qualifier?.Contains("interaction", StringComparison.OrdinalIgnoreCase) ?? false)
            || text.AsSpan(p.Span.Start, p.Span.Length).Contains("interaction", StringComparison.OrdinalIgnoreCase);
    }
}
