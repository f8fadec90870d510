using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>
/// CC2011: the p-value printed for an arm pair of proportions (Linking's <see cref="TestedProportionPair"/>) that none
/// of the usual tests of the 2×2 table gives, nor any p between theirs: χ² with and without Yates's correction,
/// Fisher's exact test and the z-test with unpooled SE, all two-sided (and one-sided too when the text declares
/// one-sided tests). The counts are exact; the p is read with its rounding and truncation. Not for a paired
/// comparison (Linking's <see cref="SentenceFacts.SpeaksOfPairing"/>, <see cref="ClaimLinks.DeclaresPairedDesign"/>):
/// the same people counted twice are not two independent samples.
/// </summary>
internal sealed class PValueCountsRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.PValueCounts,
        "p-value does not match the counts",
        "{0} vs {1} give two-sided p = {2} by χ², {3} by χ² with Yates's correction, {4} by Fisher's exact test and {5} by the z-test with unpooled SE{6}; neither these nor any p between them fits the printed {7} {8}",
        RuleCategory.Estimates,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var (pair, p) in context.Links.TestedProportionPairs)
        {
            var tables = CountsTable.Of(pair.First, pair.Second);
            // A paired comparison (the same people twice, a crossover) is tested by McNemar's test, which its two k/n cannot give.
            if (tables.Count == 0 || ResultEvidence.IsCriterion(context.Document, pair.First.SentenceSpan, p)
                || context.Links.DeclaresPairedDesign || context.Links.Sentence(pair.First.SentenceSpan).SpeaksOfPairing)
            {
                continue;
            }

            var table = tables[0];
            double[] computed = [TwoByTwoTests.ChiSquare(table), TwoByTwoTests.ChiSquareYates(table), TwoByTwoTests.FisherExact(table), TwoByTwoTests.UnpooledZ(table)];
            bool oneSided = context.OneSidedTestsAllowed;
            // Other variants (mid-p, Barnard, a different continuity correction) fall between these: anything between fits.
            if (RecomputedP.Fits(p, new Interval(computed.Min(), computed.Max()), oneSided))
            {
                continue;
            }

            context.Report(Rule, p.Span, [pair.First.Span, pair.Second.Span], null,
                CountText(pair.First), CountText(pair.Second), Fp(computed[0]), Fp(computed[1]), Fp(computed[2]), Fp(computed[3]),
                oneSided ? " (and half of each, one-sided, as the text declares one-sided tests)" : string.Empty,
                PValueIntervalRule.Relation(p.Relation), p.ValueText);
        }
    }

    private static string CountText(ProportionClaim p) => $"{p.Count!.Value.Text}/{p.Total!.Value.Text}";

    /// <summary>A computed p with enough digits to compare with any printed one.</summary>
    internal static string Fp(double p) => p < 0.0001 ? p.ToString("0.0E+0", System.Globalization.CultureInfo.InvariantCulture) : Printed.F(p, 4);
}
