using ClaimCheck.Extraction.Claims;
using ClaimCheck.Verification.Rules.Estimates;

namespace ClaimCheck.Verification.Rules.Language;

/// <summary>What a reported result says about significance: its interval against the null value, or its p against α.</summary>
internal static class ResultSignificance
{
    /// <summary>A result with numbers: the claim, whether it is significant, and how to cite it.</summary>
    internal sealed record Evidence(Claim Claim, bool Significant, string Citation);

    /// <summary>The numeric results among <paramref name="claims"/> (estimates with an interval or p, p-values, test statistics).</summary>
    internal static IEnumerable<Evidence> Of(string text, IReadOnlyCollection<Claim> claims, double alpha)
    {
        var seen = new HashSet<Text.TextSpan>();
        foreach (var e in EstimateView.All(text, claims))
        {
            if (e.Interval is { } ci)
            {
                bool crossesZero = ci.Lower.Value <= 0 && ci.Upper.Value >= 0, crossesOne = ci.Lower.Value <= 1 && ci.Upper.Value >= 1;
                bool? crosses = e.Scale switch
                {
                    EstimateScale.Log => crossesOne,
                    EstimateScale.Linear => crossesZero,
                    // An unnamed estimate's null value is unknown: the interval speaks only when it crosses both 0 and 1, or neither.
                    _ => crossesZero == crossesOne ? crossesZero : null,
                };
                if (e.P is { } p)
                {
                    seen.Add(p.Span);
                }

                if (crosses is { } c)
                {
                    string nullValue = e.Scale == EstimateScale.Log ? "1" : e.Scale == EstimateScale.Linear ? "0" : "0 and 1";
                    yield return new Evidence(e.Claim, !c, $"{e.Claim.Text} (the interval {(c ? "crosses" : "excludes")} {nullValue})");
                }
                else if (e.P is { Value: not null } p2)
                {
                    yield return new Evidence(e.Claim, IsSignificant(p2, alpha), e.Claim.Text);
                }
            }
            else if (e.P is { Value: not null } p && seen.Add(p.Span))
            {
                yield return new Evidence(e.Claim, IsSignificant(p, alpha), e.Claim.Text);
            }
        }

        foreach (var claim in claims)
        {
            if (claim.Kind is ClaimKind.PValue or ClaimKind.TestStatistic or ClaimKind.GroupComparison && ClaimPValues.Of(claim) is { Value: not null } p && seen.Add(p.Span))
            {
                yield return new Evidence(claim, IsSignificant(p, alpha), claim.Text);
            }
        }
    }

    /// <summary>True when the p-value says significant at α ("p &lt; .05", "p = .03").</summary>
    internal static bool IsSignificant(PValue p, double alpha) => p.Value is { } v && p.Relation switch
    {
        RelationalOperator.Less or RelationalOperator.LessOrEqual => v.Value <= alpha,
        RelationalOperator.Equal => v.Value < alpha,
        _ => false,
    };
}
