using ClaimCheck.Diagnostics;
using ClaimCheck.Tests.Extraction;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>Issue 14's checks: the fixture's marked spans, their severities and what the messages say they tried.</summary>
public sealed class RelativeChangeChecksTests
{
    private static readonly string[] Ids = ["CC1010", "CC2014", "CC2015", "CC2016", "CC2017"];

    private static IEnumerable<TestCaseData> Rows()
        => RelativeChangeChecksRows.All.Select((row, i) => new TestCaseData(row.Text, row.Id).SetName($"{row.Id} row {i + 1:00}"));

    [TestCaseSource(nameof(Rows))]
    public void Raises_exactly_the_marked_findings(string marked, string id)
    {
        var findings = RuleTestKit.MarkedFindings(marked, id);

        findings.Where(f => f.Severity != Severity.Info).Should().BeEmpty("no new rule has been measured on text it was not tuned on");
    }

    [Test]
    public void The_fixture_has_findings_and_look_alikes_for_every_rule()
    {
        foreach (string id in Ids)
        {
            var rows = RelativeChangeChecksRows.All.Where(r => r.Id == id).ToList();
            rows.Should().Contain(r => r.Text.Contains("[|", StringComparison.Ordinal), id);
            rows.Should().Contain(r => !r.Text.Contains("[|", StringComparison.Ordinal), id);
        }
    }

    [Test]
    public void A_mismatch_names_the_reading_and_the_rounding_it_tried()
        => RuleTestKit.Findings("Strokes fell to 1.0% with the drug versus 2.0% with placebo, so the drug cut the risk by 80%.", "CC2014")
            .Should().ContainSingle().Which.Message.Should().Contain("1 − 80% = 0.20").And.Contain("[0.1500, 0.2500]", "80% is a round figure, read as 75% to 85%").And.Contain("[0.4634, 0.5385]");

    [Test]
    public void Times_more_that_fits_only_one_reading_says_which()
        => RuleTestKit.Findings("Relapse occurred in 30% of the placebo group versus 10% of the drug group: placebo patients were three times more likely to relapse.", "CC2014")
            .Should().ContainSingle().Which.Message.Should().Contain("only if 'times more' means ×three").And.Contain("×(three + 1)");
}
