using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;
using ClaimCheck.Tests.Extraction;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>Issue 12's new checks: the fixture's marked spans, their messages and severities, and the tests they recompute.</summary>
public sealed class StatisticianChecksTests
{
    private static IEnumerable<TestCaseData> Rows()
        => StatisticianChecksRows.All.Select((row, i) => new TestCaseData(row.Text, row.Id).SetName($"{row.Id} row {i + 1:00}"));

    [TestCaseSource(nameof(Rows))]
    public void Raises_exactly_the_marked_findings(string marked, string id)
    {
        RuleTestKit.MarkedFindings(marked, id);
    }

    [Test]
    public void The_fixture_has_findings_and_look_alikes_for_every_rule()
    {
        foreach (string id in (string[])["CC1009", "CC2011", "CC2012", "CC2013"])
        {
            var rows = StatisticianChecksRows.All.Where(r => r.Id == id).ToList();
            rows.Should().Contain(r => r.Text.Contains("[|", StringComparison.Ordinal), id);
            rows.Should().Contain(r => !r.Text.Contains("[|", StringComparison.Ordinal), id);
        }
    }

    [Test]
    public void The_2x2_message_names_every_reading_tried()
    {
        var finding = RuleTestKit.Findings("Relapse occurred in 24/60 (40.0%) in the drug group vs 15/60 (25.0%) in the placebo group (p = 0.001).", "CC2011").Should().ContainSingle().Subject;

        finding.Severity.Should().Be(Severity.Info);
        finding.Message.Should().Contain("0.0794 by χ²").And.Contain("0.1189 by χ² with Yates's correction").And.Contain("0.1184 by Fisher's exact test")
            .And.Contain("0.0756 by the z-test with unpooled SE").And.Contain("p = 0.001");
    }

    [TestCase("p = 0.994", 0.9963, true, Description = "0.003 apart as z: the same")]
    [TestCase("p = 0.95", 0.9406, true, Description = "0.012 apart as z")]
    [TestCase("p = 0.002", 0.0002, false, Description = "0.63 apart as z (p = 0.001 would be a floor: anything below)")]
    [TestCase("p = 0.17", 0.2081, false, Description = "0.11 apart as z")]
    [TestCase("p < 0.05", 0.0520, true, Description = "0.017 apart as z")]
    [TestCase("p < 0.05", 0.0879, false)]
    [TestCase("p > 0.05", 0.0300, false)]
    public void A_printed_p_fits_within_a_small_distance_as_a_test_statistic(string printed, double computed, bool fits)
    {
        var p = ClaimCheck.Extraction.ClaimExtractor.ExtractFromText($"The difference was significant ({printed}).").Claims.OfType<ClaimCheck.Extraction.Claims.PValueClaim>().Single().P;

        RecomputedP.Fits(p, Interval.Point(computed), oneSided: false).Should().Be(fits);
    }

    [Test]
    public void The_means_message_says_when_only_SEs_fit()
    {
        var finding = RuleTestKit.Findings("Pain was 4.2 ± 1.1 in the drug group (n = 30) and 5.0 ± 1.2 in the placebo group (n = 30) (p = 0.62).", "CC2012").Should().ContainSingle().Subject;

        finding.Message.Should().Contain("only if the ± values are standard errors");
    }

    [Test]
    public void A_median_outside_its_IQR_says_what_would_decide_it()
    {
        var finding = RuleTestKit.Findings("The median age was 54 years (IQR 60–70).", "CC1009").Should().ContainSingle().Subject;

        finding.Severity.Should().Be(Severity.Info);
        finding.Message.Should().Contain("outside its interquartile range 60 to 70").And.Contain("the source table would tell");
    }

    // Computed apart from the library (exact binomial sums and erfc, by hand in Python), with R's conventions:
    // chisq.test(correct = FALSE / TRUE) and fisher.test's two-sided sum of tables no more probable than the observed.
    [TestCase(24, 60, 15, 60, 0.07941, 0.11895, 0.11839)]
    [TestCase(6, 18, 2, 18, 0.10881, 0.22910, 0.22848)]
    [TestCase(3, 10, 0, 10, 0.06029, 0.21041, 0.21053)]
    public void Two_by_two_tests_give_Rs_p_values(int a, int n1, int c, int n0, double chi2, double yates, double fisher)
    {
        var table = new TwoByTwoTable(a, n1, c, n0);

        TwoByTwoTests.ChiSquare(table).Should().BeApproximately(chi2, 5e-5);
        TwoByTwoTests.ChiSquareYates(table).Should().BeApproximately(yates, 5e-5);
        TwoByTwoTests.FisherExact(table).Should().BeApproximately(fisher, 5e-5);
    }

    [Test]
    public void Student_and_Welch_match_the_textbook_values()
    {
        // Worked by hand (the t density integrated numerically): means 4.2 / 5.0, SDs 1.1 / 1.2, n = 30 / 30 pooled:
        // t = 2.6917, df = 58, p = 0.00927.
        var d = Interval.Point(0.8);
        TwoSampleT.Student(d, Interval.Point(1.1), 30, Interval.Point(1.2), 30).Lower.Should().BeApproximately(0.00927, 5e-5);
        // Welch: difference 1, SDs 1 and 3, n = 10 and 40: t = 1.7541, df = 43.84, p = 0.0864.
        TwoSampleT.Welch(Interval.Point(1), Interval.Point(1), 10, Interval.Point(3), 40).Lower.Should().BeApproximately(0.0864, 5e-4);
    }
}
