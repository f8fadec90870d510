using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>
/// CC2012: the p-value printed for two group means with their spreads and sizes (Linking's <see cref="MeanPair"/>)
/// that neither Student's nor Welch's two-sample t-test gives, every number read over its rounding interval. The ±
/// values are read as the text says (SD unless it says SE); when read as SDs they fit only as standard errors, the
/// finding says so in its own wording.
/// </summary>
internal sealed class PValueMeansRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.PValueMeans,
        "p-value does not match the means and SDs",
        "{0} (n = {1}) vs {2} (n = {3}) give two-sided p in {4} by Student's t and {5} by Welch's t (the ± values read as {6}){7}; neither these nor any p between them fits the printed {8} {9}",
        RuleCategory.Estimates,
        Severity.Info);

    internal static readonly RuleDescriptor AsStandardErrors = Rule with
    {
        MessageFormat = "{0} (n = {1}) vs {2} (n = {3}) fit the printed {4} {5} only if the ± values are standard errors: read as SDs they give two-sided p in {6} by Student's t and {7} by Welch's t{8}; read as SEs, {9} and {10}",
    };

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule, AsStandardErrors];

    public override void Analyze(RuleContext context)
    {
        bool oneSided = context.Links.DeclaresOneSidedTests;
        string sides = oneSided ? " (and half of each, one-sided, as the text declares one-sided tests)" : string.Empty;
        foreach (var pair in context.Links.MeanPairs)
        {
            if (pair.First.Spread.Value <= 0 || pair.Second.Spread.Value <= 0 || pair.First.Mean.Exponent != 0 || pair.Second.Mean.Exponent != 0
                || ResultEvidence.IsCriterion(context.Document, pair.First.SentenceSpan, pair.P))
            {
                continue;
            }

            int n1 = (int)pair.FirstN.Value, n2 = (int)pair.SecondN.Value;
            bool saysSe = pair.First.SpreadKind == SpreadKind.StandardError || pair.Second.SpreadKind == SpreadKind.StandardError;
            var asStated = Readings(pair, n1, n2, standardErrors: saysSe);
            // A p between Student's and Welch's (another df, say) fits as well.
            if (RecomputedP.Fits(pair.P, asStated[0].Union(asStated[1]), oneSided))
            {
                continue;
            }

            var additional = new[] { pair.First.Span, pair.Second.Span };
            string relation = PValueIntervalRule.Relation(pair.P.Relation);
            if (!saysSe && Readings(pair, n1, n2, standardErrors: true) is var asSe && RecomputedP.Fits(pair.P, asSe[0].Union(asSe[1]), oneSided))
            {
                context.Report(AsStandardErrors, pair.P.Span, additional, null, pair.First.Text, pair.FirstN.Text, pair.Second.Text, pair.SecondN.Text,
                    relation, pair.P.ValueText, F(asStated[0]), F(asStated[1]), sides, F(asSe[0]), F(asSe[1]));
                continue;
            }

            context.Report(Rule, pair.P.Span, additional, null, pair.First.Text, pair.FirstN.Text, pair.Second.Text, pair.SecondN.Text,
                F(asStated[0]), F(asStated[1]), saysSe ? "SEs, as the text says" : "SDs", sides, relation, pair.P.ValueText);
        }
    }

    /// <summary>Student's and Welch's p ranges; standard errors are turned into SDs by √n.</summary>
    private static Interval[] Readings(MeanPair pair, int n1, int n2, bool standardErrors)
    {
        var difference = TwoSampleT.AbsoluteDifference(Printed.Range(pair.First.Mean), Printed.Range(pair.Second.Mean));
        var sd1 = Scale(Printed.Range(pair.First.Spread), standardErrors ? Math.Sqrt(n1) : 1);
        var sd2 = Scale(Printed.Range(pair.Second.Spread), standardErrors ? Math.Sqrt(n2) : 1);
        return [TwoSampleT.Student(difference, sd1, n1, sd2, n2), TwoSampleT.Welch(difference, sd1, n1, sd2, n2)];
    }

    private static Interval Scale(Interval i, double factor) => new(i.Lower * factor, i.Upper * factor);

    private static string F(Interval i) => $"[{PValueCountsRule.Fp(i.Lower)}, {PValueCountsRule.Fp(i.Upper)}]";
}
