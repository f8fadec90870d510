using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>
/// CC2013: the confidence interval of a proportion k/n printed with it that is less than half as wide as the
/// narrowest of the Wald and Wilson intervals for that k and n (bounds read over their rounding intervals). Info
/// only: an interval over more than n (pooled, weighted, model-based) can be narrower; the method and the n the
/// interval is over would decide it.
/// </summary>
internal sealed class NarrowIntervalRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.NarrowInterval,
        "Interval implausibly narrow for its n",
        "the {0}% interval {1} to {2} of {3}/{4} is less than half as wide as the Wald ({5}) and Wilson ({6}) intervals for n = {4}; the interval's method and the n it is taken over would decide whether it is possible",
        RuleCategory.Estimates,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var p in context.Extraction.Claims.OfType<ProportionClaim>())
        {
            if (p is not { Count: { } k, Total: { } n, Interval: { } ci, TotalFromContext: false } || !Printed.IsCount(k) || !Printed.IsCount(n)
                || k.Value > n.Value || n.Value < 2 || ci.LevelOrDefault is <= 0 or >= 1)
            {
                continue;
            }

            // The interval's scale: percentages when a bound is above 1 or carries a sign; a fraction only when nothing is printed as a percentage.
            bool percent = ci.Upper.Value > 1 || ci.Upper.IsPercent || ci.Lower.IsPercent;
            if (!percent && p.Percent is not null)
            {
                continue;
            }

            double scale = percent ? 100 : 1, share = k.Value / n.Value;
            var lower = Printed.Range(ci.Lower);
            var upper = Printed.Range(ci.Upper);
            double widest = (upper.Upper - lower.Lower) / scale;
            // An interval that does not hold k/n belongs to something else (CC2001 speaks of that).
            if (share < lower.Lower / scale || share > upper.Upper / scale)
            {
                continue;
            }

            double z = PValues.CriticalZ(ci.LevelOrDefault);
            double wald = 2 * z * Math.Sqrt(share * (1 - share) / n.Value);
            var wilson = TwoByTwoTable.Wilson((int)k.Value, (int)n.Value, z);
            double narrowest = Math.Min(wald > 0 ? wald : double.PositiveInfinity, wilson.Upper - wilson.Lower);
            if (widest < narrowest / 2)
            {
                int d = Math.Max(ci.Upper.Decimals, 1);
                string Range(double lo, double hi) => $"{Printed.F(Math.Max(0, lo) * scale, d)} to {Printed.F(Math.Min(1, hi) * scale, d)}";
                context.Report(Rule, ci.Span, [p.Span], null, Printed.F(ci.LevelOrDefault * 100, 0), ci.Lower.Text, ci.Upper.Text, k.Text, n.Text,
                    Range(share - (wald / 2), share + (wald / 2)), Range(wilson.Lower, wilson.Upper));
            }
        }
    }
}
