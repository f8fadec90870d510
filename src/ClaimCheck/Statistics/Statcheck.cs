using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Statistics;

/// <summary>
/// statcheck's conventions for a test statistic and its p-value: the printed statistic is widened by
/// ½ unit of its last decimal, p is recomputed at both ends (two-tailed), and the reported p must lie
/// in that range once rounded to its own decimals (ClaimCheck also admits a truncated p and a floor
/// such as "p = 0.001": see <see cref="PReadings"/>); "&lt;" and "&gt;" compare with the unrounded range;
/// one-tailed is accepted only when the sentence says one-sided, one-tailed or directional (Linking reads that), and only if
/// it makes the result consistent; significance decisions use α (p equal to α counts as significant).
/// </summary>
internal static class Statcheck
{
    /// <summary>The outcome for one test statistic, or null when it cannot be checked (no p, no df, p written as n.s., p = 0).</summary>
    internal sealed record Outcome(TestStatisticClaim Claim, ReportedNumber P, Interval Computed, bool Consistent, bool DecisionFlips);

    internal static Outcome? Check(TestStatisticClaim claim, bool sentenceSaysOneSided, double alpha)
    {
        if (claim.P is not { Value: { } p } pValue || p.Value <= 0 || p.Value > 1 || Computed(claim) is not { } computed)
        {
            return null;
        }

        bool consistent = Agrees(pValue.Relation, p, computed);
        if (!consistent && sentenceSaysOneSided)
        {
            consistent = Agrees(pValue.Relation, p, new Interval(computed.Lower / 2, computed.Upper / 2));
        }

        bool reportedSignificant = pValue.Relation switch
        {
            RelationalOperator.Less or RelationalOperator.LessOrEqual or RelationalOperator.Equal => p.Value <= alpha,
            _ => false,
        };
        bool flips = !consistent && (reportedSignificant ? computed.Lower > alpha : computed.Upper <= alpha);
        return new Outcome(claim, p, computed, consistent, flips);
    }

    /// <summary>Two-tailed p over the statistic's rounding interval, or null when its degrees of freedom are missing.</summary>
    internal static Interval? Computed(TestStatisticClaim claim)
    {
        var value = Printed.Range(claim.Value);
        double lo = Math.Max(0, Math.Min(Math.Abs(value.Lower), Math.Abs(value.Upper)));
        if (value.Lower < 0 && value.Upper > 0)
        {
            lo = 0;
        }

        double hi = Math.Max(Math.Abs(value.Lower), Math.Abs(value.Upper));
        double? df1 = claim.Df1?.Value, df2 = claim.Df2?.Value;
        Func<double, double>? p = claim.Statistic switch
        {
            TestStatisticKind.T when df1 > 0 => x => PValues.FromT(x, df1.Value),
            TestStatisticKind.F when df1 > 0 && df2 > 0 => x => PValues.FromF(x, df1.Value, df2.Value),
            TestStatisticKind.R when df1 > 0 => x => PValues.FromR(Math.Min(x, 0.9999999), df1.Value),
            TestStatisticKind.ChiSquare or TestStatisticKind.Q when df1 > 0 => x => PValues.FromChiSquare(x, df1.Value),
            TestStatisticKind.Z => PValues.FromZ,
            _ => null,
        };
        if (p is null || (claim.Statistic == TestStatisticKind.R && Math.Abs(claim.Value.Value) > 1))
        {
            return null;
        }

        // p falls as the statistic grows.
        return new Interval(p(hi), p(lo));
    }

    private static bool Agrees(RelationalOperator relation, ReportedNumber p, Interval computed) => relation switch
    {
        RelationalOperator.Equal => PReadings.Admits(p, computed),
        RelationalOperator.Less or RelationalOperator.LessOrEqual => computed.Lower < p.Value || (relation == RelationalOperator.LessOrEqual && computed.Lower <= p.Value),
        RelationalOperator.Greater or RelationalOperator.GreaterOrEqual => computed.Upper > p.Value || (relation == RelationalOperator.GreaterOrEqual && computed.Upper >= p.Value),
        _ => true,
    };
}
