using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>
/// Test statistics printed outside APA style, the forms statcheck reads with <c>apa_style = FALSE</c> and health
/// papers (often converted from PDF) print: degrees of freedom flattened from a subscript, in curly brackets or
/// as "DF =", a correlation with its N, a side value between the statistic and its p, a decimal point set apart
/// by a space, and a χ² whose χ was lost. Each table has its innocent look-alikes.
/// </summary>
[TestFixture]
public sealed class NonApaNotationTests
{
    private static IReadOnlyList<TestStatisticClaim> Statistics(string text)
        => ClaimChecker.Check(text).Extraction!.Claims.OfType<TestStatisticClaim>().ToList();

    private static TestStatisticClaim Statistic(string text) => Statistics(text).Should().ContainSingle().Subject;

    [TestCase("The groups differed (t9 = 1.52, p = 0.16).", TestStatisticKind.T, 9, null, 1.52, 0.16)]
    [TestCase("Stage predicted intake (F1,415 = 7.104, P = .008).", TestStatisticKind.F, 1, 415, 7.104, 0.008)]
    [TestCase("Stage predicted intake (F2, 203 = 5.270, P = .003).", TestStatisticKind.F, 2, 203, 5.27, 0.003)]
    [TestCase("The groups differed, t{28} = 2.2, p = .03.", TestStatisticKind.T, 28, null, 2.2, 0.03)]
    [TestCase("The groups differed, F{2, 28} = 2.2, p = .03.", TestStatisticKind.F, 2, 28, 2.2, 0.03)]
    [TestCase("Rates differed, chi2(DF = 2) = 45.1, p < 0.001.", TestStatisticKind.ChiSquare, 2, null, 45.1, 0.001)]
    [TestCase("Scores differed, F(DF = 3, 1115) = 7.7, p < 0.001.", TestStatisticKind.F, 3, 1115, 7.7, 0.001)]
    [TestCase("Scores differed, F(2,25) = 11.37, MSE = 236, p < .01.", TestStatisticKind.F, 2, 25, 11.37, 0.01)]
    [TestCase("Scores differed, t(28) = 2.20, d = 0.42, p = .03.", TestStatisticKind.T, 28, null, 2.2, 0.03)]
    [TestCase("Scores differed, F(1, 82) = 4.74, η2 = .06, p = .03.", TestStatisticKind.F, 1, 82, 4.74, 0.03)]
    [TestCase("There was no difference in completion (2(1, N = 74) = 0.52, p = .47).", TestStatisticKind.ChiSquare, 1, null, 0.52, 0.47)]
    [TestCase("Dropout did not differ (2 (1) = 0.03, p = .86).", TestStatisticKind.ChiSquare, 1, null, 0.03, 0.86)]
    public void A_non_APA_statistic_is_read_with_its_df_and_p(string text, TestStatisticKind kind, double df1, double? df2, double value, double p)
    {
        var claim = Statistic(text);
        claim.Statistic.Should().Be(kind);
        claim.Df1!.Value.Value.Should().Be(df1);
        if (df2 is null)
        {
            claim.Df2.Should().BeNull();
        }
        else
        {
            claim.Df2!.Value.Value.Should().Be(df2.Value);
        }

        claim.Value.Value.Should().BeApproximately(value, 1e-9);
        claim.P!.Value!.Value.Value.Should().BeApproximately(p, 1e-12);
    }

    // Look-alikes: time points, scores, hybrids, group numbers and counts are no statistic.
    [TestCase("Pain was scored at t2 = 6 months after surgery.")]
    [TestCase("Pain was scored at t1 = baseline and later.")]
    [TestCase("The classifier reached F1 = 0.82, p = .03 against chance.")]
    [TestCase("The F1,2 hybrids were grown in the field.")]
    [TestCase("In arm 2(1) = 3 patients withdrew.")]
    [TestCase("Dropout did not differ (2(1) = 0.03).")]
    [TestCase("Dropout did not differ (12(1) = 0.03, p = .86).")]
    [TestCase("Dropout did not differ (CD2(1) = 0.03, p = .86).")]
    public void A_look_alike_is_no_statistic(string text) => Statistics(text).Should().BeEmpty();

    [Test]
    public void A_correlation_with_its_N_is_checked_with_N_minus_2_df()
    {
        var claim = Statistic("Scores correlated, r(N=95)=.41, p < .001.");
        claim.SampleSize!.Value.Value.Should().Be(95);
        claim.Df1.Should().BeNull();
        ClaimChecker.Check("Scores correlated, r(N = 95) = .41, p = .01.").Findings.Should().Contain(f => f.Id == "CC2008");
        ClaimChecker.Check("Scores correlated, r(N = 95) = .41, p < .001.").Findings.Should().NotContain(f => f.Id == "CC2008");
    }

    [Test]
    public void A_flattened_subscript_is_checked_like_brackets()
    {
        ClaimChecker.Check("The effect was F1,115 = 8.00, p = .04.").Findings.Should().ContainSingle(f => f.Id == "CC2008");
        ClaimChecker.Check("The effect was F1,115 = 8.00, p = .006.").Findings.Should().NotContain(f => f.Id == "CC2008");
    }

    [TestCase("The groups differed, t(191) = 8.22, p < . 001.", 0.001, "'. 001' read as 0.001")]
    [TestCase("The groups differed, t(191) = 9.54, p <. 001.", 0.001, "'. 001' read as 0.001")]
    [TestCase("The groups differed, t(28) = 2.20, p =. 035.", 0.035, "'. 035' read as 0.035")]
    public void A_p_with_a_spaced_decimal_point_is_read_and_said_so(string text, double p, string message)
    {
        var result = ClaimChecker.Check(text);
        Statistic(text).P!.Value!.Value.Value.Should().BeApproximately(p, 1e-12);
        result.Findings.Should().ContainSingle(f => f.Id == "CC9004").Which.Message.Should().StartWith(message);
    }

    [TestCase("The groups differed, z = 1. 94, p < .05.", 1.94)]
    [TestCase("The groups differed, t  (191  ) = 9.   42, p < .01.", 9.42)]
    public void A_statistic_with_a_spaced_decimal_point_is_read(string text, double value)
        => Statistic(text).Value.Value.Should().BeApproximately(value, 1e-12);

    // Look-alikes: a sentence that ends with a year or count, and a point followed by a word.
    [TestCase("Enrolment ended in 2009. 42 patients remained in follow-up.")]
    [TestCase("The mean score was 9. Scores varied widely.")]
    public void A_sentence_end_after_a_number_is_no_spaced_decimal(string text)
        => ClaimChecker.Check(text).Findings.Should().NotContain(f => f.Id == "CC9004");

    // A declared correction for multiple comparisons makes a p above the computed one what the correction gives;
    // a p below it, or a text that declares none, is still checked. "Holmes" is no Holm correction.
    [TestCase("A Bonferroni correction was applied. Scores rose (t(9) = 4.45, p = 0.003).", false)]
    [TestCase("P-values were adjusted for multiple comparisons. Scores rose (t(9) = 4.45, p = 0.003).", false)]
    [TestCase("A Bonferroni correction was applied. Scores rose (t(9) = 4.45, p = 0.0005).", true)]
    [TestCase("Scores rose (t(9) = 4.45, p = 0.003).", true)]
    [TestCase("Dr Holmes scored every visit. Scores rose (t(9) = 4.45, p = 0.003).", true)]
    public void A_declared_multiplicity_correction_admits_a_larger_p(string text, bool flagged)
        => ClaimChecker.Check(text).Findings.Any(f => f.Id is "CC2008" or "CC2009").Should().Be(flagged);
}
