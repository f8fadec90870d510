using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Statistics;

/// <summary>
/// statcheck's conventions for a test statistic and its p-value (R/error_test.R, R/decision_error_test.R,
/// R/process_stats.R): the printed statistic is widened by ½ unit of its last decimal, p is recomputed at both
/// ends (two-tailed), and a reported "p = x" must lie in that range once rounded to its own decimals (a floor
/// such as "p = 0.001" also admits anything below it: see <see cref="PReadings"/>); "&lt;" and "&gt;" compare
/// with the unrounded range. A statistic printed as a bound ("t(28) &lt; 2.2", "F &lt; 1") gives a one-sided
/// range of p. "ns" reads as p &gt; α. A p that fits only when read as truncated is still inconsistent (statcheck
/// only rounds), but is told apart (<see cref="Outcome.FitsTruncated"/>), and never where the truncated reading
/// would change the decision. One-tailed p is tried only when the text declares one-sided tests anywhere
/// (statcheck's OneTailedTxt, read by Linking), and only if it makes the result consistent; there, a result that
/// stays inconsistent is a decision error only if the decision flips under both readings (statcheck keeps the
/// two-sided verdict). Significance uses α
/// (p equal to α counts as significant); a bound on the far side of α ("p &gt; .04" at α = .05) states no decision.
/// </summary>
internal static class Statcheck
{
    /// <summary>
    /// The outcome for one test statistic. <paramref name="PText"/> is the reported p as written ("0.03", "ns");
    /// <paramref name="Relation"/> and <paramref name="PBound"/> the relation and value compared (ns: &gt; α).
    /// </summary>
    internal sealed record Outcome(TestStatisticClaim Claim, RelationalOperator Relation, double PBound, string PText, Interval Computed, bool Consistent, bool DecisionFlips, bool OneSided, bool FitsTruncated);

    /// <summary>
    /// The outcome, or null when the result cannot be checked (no p, no df, p outside (0, 1]). Where the text
    /// declares one-sided tests, half the two-sided p fits too; where it declares p-values corrected for multiple
    /// comparisons, any printed p at or above the computed one fits.
    /// </summary>
    internal static Outcome? Check(TestStatisticClaim claim, bool textDeclaresOneSided, bool textDeclaresCorrection, double alpha)
    {
        if (claim.P is not { } pValue || Computed(claim) is not { } twoSided)
        {
            return null;
        }

        RelationalOperator relation;
        double bound;
        var p = pValue.Value;
        if (p is not { } number)
        {
            // statcheck: "ns" is p > α.
            relation = RelationalOperator.Greater;
            bound = alpha;
        }
        else if (number.Value <= 0 || number.Value > 1)
        {
            return null;
        }
        else
        {
            relation = pValue.Relation;
            bound = number.Value;
        }

        bool? reportedSignificant = relation switch
        {
            RelationalOperator.Equal => bound <= alpha,
            RelationalOperator.Less or RelationalOperator.LessOrEqual => bound <= alpha ? true : null,
            _ => bound >= alpha ? false : null,
        };

        var computed = twoSided;
        bool oneSided = false;
        bool consistent = Agrees(relation, bound, p, computed);
        if (!consistent && textDeclaresOneSided)
        {
            var half = new Interval(twoSided.Lower / 2, twoSided.Upper / 2);
            if (Agrees(relation, bound, p, half))
            {
                (computed, consistent, oneSided) = (half, true, true);
            }
        }

        // A p corrected for multiple comparisons is the raw p times a factor of at least 1: printed at or above the
        // computed p it is what the correction gives.
        if (!consistent && textDeclaresCorrection && relation is RelationalOperator.Equal or RelationalOperator.Greater or RelationalOperator.GreaterOrEqual
            && bound >= twoSided.Lower)
        {
            consistent = true;
        }

        // Where the text declares one-sided tests, the decision flips only if it flips under both readings.
        bool flips = !consistent && Flips(reportedSignificant, computed, alpha)
            && !(textDeclaresOneSided && !Flips(reportedSignificant, new Interval(twoSided.Lower / 2, twoSided.Upper / 2), alpha));
        bool truncated = !consistent && !flips && relation == RelationalOperator.Equal && p is { } printed && PReadings.TruncatedFits(printed, computed, alpha);
        return new Outcome(claim, relation, bound, p is { } text ? text.Text : pValue.ValueText, computed, consistent, flips, oneSided, truncated);
    }

    private static bool Flips(bool? reportedSignificant, Interval computed, double alpha) => reportedSignificant switch
    {
        true => computed.Lower > alpha,
        false => computed.Upper <= alpha,
        null => false,
    };

    /// <summary>
    /// Two-tailed p over the statistic's range, or null when its degrees of freedom are missing (a correlation given
    /// with its N has df = N − 2): the rounding
    /// interval for "=", from the printed bound for "&lt;" (p at least p(x)) and "&gt;" (p at most p(x)).
    /// </summary>
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
            TestStatisticKind.R when df1 is null && claim.SampleSize?.Value > 2 => x => PValues.FromR(Math.Min(x, 0.9999999), claim.SampleSize.Value.Value - 2),
            TestStatisticKind.ChiSquare or TestStatisticKind.Q when df1 > 0 => x => PValues.FromChiSquare(x, df1.Value),
            TestStatisticKind.Z => PValues.FromZ,
            _ => null,
        };
        if (p is null || (claim.Statistic == TestStatisticKind.R && Math.Abs(claim.Value.Value) > 1))
        {
            return null;
        }

        // p falls as the statistic grows; a bound fixes one end at the printed value.
        double atValue = p(Math.Abs(claim.Value.Value));
        return claim.Relation switch
        {
            RelationalOperator.Less or RelationalOperator.LessOrEqual => new Interval(atValue, 1),
            RelationalOperator.Greater or RelationalOperator.GreaterOrEqual => new Interval(0, atValue),
            _ => new Interval(p(hi), p(lo)),
        };
    }

    // A printed bound matches an end of the computed range to the last digits of a double only when it was
    // generated from that end ("p > 0.0403381832647296" for t = 2.15): the margin treats it as that end.
    private const double Margin = 1e-12;

    private static bool Agrees(RelationalOperator relation, double bound, ReportedNumber? p, Interval computed) => relation switch
    {
        RelationalOperator.Equal => p is { } printed && PReadings.Admits(printed, computed),
        RelationalOperator.Less => computed.Lower < bound * (1 - Margin),
        RelationalOperator.LessOrEqual => computed.Lower <= bound * (1 + Margin),
        RelationalOperator.Greater => computed.Upper > bound * (1 + Margin),
        RelationalOperator.GreaterOrEqual => computed.Upper >= bound * (1 - Margin),
        _ => true,
    };
}
