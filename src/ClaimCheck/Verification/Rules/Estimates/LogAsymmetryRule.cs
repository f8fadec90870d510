using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>
/// CC2003: a ratio's interval that is not symmetric about the estimate on the log scale, beyond what
/// rounding allows. The offset is measured in half-widths: a = (ln est − midpoint) / half-width over
/// the rounding box of all three numbers. Info up to 0.5 (exact and profile-likelihood intervals
/// are asymmetric), Warning beyond.
/// </summary>
internal sealed class LogAsymmetryRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.LogAsymmetry,
        "Ratio interval not symmetric on the log scale",
        "the {0} {1} is not central in its interval {2} to {3} on the log scale: it sits {4:0.00} half-widths from the midpoint (at least, with rounding){5}",
        RuleCategory.Estimates,
        Severity.Warning);

    private const double Noise = 0.1;
    private const double Large = 0.5;

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var e in context.Links.Estimates)
        {
            if (!e.IsRatio || e.Interval is not { } ci)
            {
                continue;
            }

            var est = Printed.Range(e.Value);
            var lo = Printed.Range(ci.Lower);
            var hi = Printed.Range(ci.Upper);
            if (est.Lower <= 0 || lo.Lower <= 0 || hi.Lower <= 0 || lo.Upper >= hi.Lower || est.Upper <= lo.Lower || est.Lower >= hi.Upper)
            {
                continue;
            }

            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            foreach (double x in new[] { est.Lower, est.Upper })
            {
                foreach (double l in new[] { lo.Lower, lo.Upper })
                {
                    foreach (double h in new[] { hi.Lower, hi.Upper })
                    {
                        double a = ((2 * Math.Log(x)) - Math.Log(l) - Math.Log(h)) / (Math.Log(h) - Math.Log(l));
                        min = Math.Min(min, a);
                        max = Math.Max(max, a);
                    }
                }
            }

            if (min <= 0 && max >= 0)
            {
                continue;
            }

            double offset = Math.Min(Math.Abs(min), Math.Abs(max));
            if (offset > Noise)
            {
                bool large = offset > Large;
                string note = large ? "; a log-scale (Wald) interval puts the estimate at the midpoint, so one of the three numbers may be misprinted" : "; exact or profile-likelihood intervals are asymmetric, so this may be the method";
                context.Report(Rule, ci.Span, [e.Value.Span], large ? null : Severity.Info, e.Name, e.Value.Text, ci.Lower.Text, ci.Upper.Text, offset, note);
            }
        }
    }
}
