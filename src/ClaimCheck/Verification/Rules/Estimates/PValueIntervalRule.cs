using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>
/// CC2006: a p-value its own interval contradicts (Altman–Bland, log scale for ratios, linear for
/// differences, every input within its rounding interval: see <see cref="ImpliedP"/>). Median
/// differences are not checked (their intervals and p-values are non-parametric); a clearly
/// asymmetric difference interval (one half more than 1.5 times the other) is skipped with an Info
/// note. A mismatch where p and interval agree on significance and p is within a factor of 3 is Info
/// (another test, e.g. Fisher's exact or log-rank, may give the p); otherwise Warning.
/// </summary>
internal sealed class PValueIntervalRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.PValueInterval,
        "p-value inconsistent with its interval",
        "the {0} {1} with interval {2} to {3} implies p between {4} and {5} (two-sided, Altman–Bland {6}, every number within its rounding interval{11}), but the text gives {7} {8}{9}{10}",
        RuleCategory.Estimates,
        Severity.Info);

    /// <summary>CC2006's wording for an interval too asymmetric to check, reported at Info.</summary>
    internal static readonly RuleDescriptor NotChecked = Rule with
    {
        MessageFormat = "not checked: the interval {0} to {1} is clearly asymmetric about {2} ({3} below, {4} above), so it is probably not a normal-theory interval and Altman–Bland does not apply",
    };

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule, NotChecked];

    public override void Analyze(RuleContext context)
    {
        foreach (var e in context.Links.Estimates)
        {
            if (e.Interval is not { } ci || e.P is not { Value: { } p } pValue || e.IsMedian)
            {
                continue;
            }

            if (!e.IsRatio)
            {
                double below = e.Value.Value - ci.Lower.Value, above = ci.Upper.Value - e.Value.Value;
                if (below > 0 && above > 0 && Math.Max(below, above) > 1.5 * Math.Min(below, above))
                {
                    context.Report(NotChecked, pValue.Span, [ci.Span], Severity.Info, ci.Lower.Text, ci.Upper.Text, e.Value.Text, Printed.F(below, 2), Printed.F(above, 2));
                    continue;
                }
            }

            // An unnamed estimate may be a ratio or a difference: either reading that fits clears it.
            var scales = e.Scale switch
            {
                EstimateScale.Log => new[] { true },
                EstimateScale.Linear => [false],
                _ => [false, true],
            };
            if (e.Scale == EstimateScale.Either && ci.ClosedBeforeP)
            {
                continue;
            }

            var readings = scales.Select(log => (Log: log, Implied: ImpliedP.Range(e.Value, ci, log))).Where(r => r.Implied is not null).ToList();
            if (readings.Count == 0 || readings.Any(r => Consistent(pValue, p, r.Implied!.Value, context.Alpha)))
            {
                continue;
            }

            // A text that declares one-sided tests anywhere admits the halved p (statcheck's OneTailedTxt).
            if ((e.TextDeclaresOneSided || context.OneSidedTestsAllowed) && readings.Any(r => Consistent(pValue, p, Half(r.Implied!.Value), context.Alpha)))
            {
                continue;
            }

            var (logScale, range) = readings.Select(r => (r.Log, r.Implied!.Value)).MinBy(r => Factor(p.Value, r.Value));
            bool ciSignificant = logScale ? ci.Lower.Value > 1 || ci.Upper.Value < 1 : ci.Lower.Value > 0 || ci.Upper.Value < 0;
            bool pSignificant = pValue.Relation is RelationalOperator.Less or RelationalOperator.LessOrEqual or RelationalOperator.Equal && p.Value <= context.Alpha;
            bool mild = ciSignificant == pSignificant && Factor(p.Value, range) <= 3;
            string scale = logScale ? "on the log scale" : "on the linear scale";
            string contradiction = ciSignificant != pSignificant ? $"; the interval {(ciSignificant ? "excludes" : "includes")} {(logScale ? "1" : "0")} while the p-value says {(pSignificant ? "significant" : "not significant")}" : string.Empty;
            string otherTest = mild ? "; another test (exact, log-rank, adjusted) may give this p" : string.Empty;
            context.Report(Rule, pValue.Span, [ci.Span, e.Value.Span], mild ? Severity.Info : null,
                e.Name, e.Value.Text, ci.Lower.Text, ci.Upper.Text, Fp(range.Lower), Fp(range.Upper), scale, Relation(pValue.Relation), p.Text, contradiction, otherTest,
                e.TextDeclaresOneSided || context.OneSidedTestsAllowed ? "; the one-sided p, half of it, does not fit either" : string.Empty);
        }
    }

    /// <summary>How far <paramref name="p"/> is from <paramref name="range"/>, as a ratio (1 inside).</summary>
    private static double Factor(double p, Interval range)
    {
        if (range.Contains(p))
        {
            return 1;
        }

        double nearest = p < range.Lower ? range.Lower : range.Upper;
        return p > 0 && nearest > 0 ? Math.Max(p / nearest, nearest / p) : double.PositiveInfinity;
    }

    private static Interval Half(Interval twoSided) => new(twoSided.Lower / 2, twoSided.Upper / 2);

    // A truncated p ("p = .03" for .036) is admitted here, unless reading it so would change the decision.
    private static bool Consistent(PValue pValue, ReportedNumber p, Interval implied, double alpha) => pValue.Relation switch
    {
        RelationalOperator.Equal => PReadings.Admits(p, implied) || PReadings.TruncatedFits(p, implied, alpha),
        RelationalOperator.Less or RelationalOperator.LessOrEqual => implied.Lower <= p.Value,
        RelationalOperator.Greater or RelationalOperator.GreaterOrEqual => implied.Upper >= p.Value,
        _ => true,
    };

    private static string Fp(double p) => p < 0.0001 ? p.ToString("0.0e0", System.Globalization.CultureInfo.InvariantCulture) : Printed.F(p, 4);

    internal static string Relation(RelationalOperator relation) => relation switch
    {
        RelationalOperator.Less => "p <",
        RelationalOperator.LessOrEqual => "p ≤",
        RelationalOperator.Greater => "p >",
        RelationalOperator.GreaterOrEqual => "p ≥",
        _ => "p =",
    };
}
