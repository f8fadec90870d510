using System.Globalization;
using ClaimCheck.Diagnostics;
using ClaimCheck.Tests.Extraction;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>
/// CC4001 on the summary/source pairs of Data/cc4001-pairs.txt: each summary's CC4001 spans marked inline, written by
/// reading both texts; the innocent look-alikes (rounding, another arm, a count against percents, a subgroup's number,
/// another ratio measure, an interval or p given in another form) must raise none.
/// </summary>
public sealed class SummaryNumberPairsTests
{
    private const string TurnsSignificant = "which makes it significant";

    internal static IReadOnlyList<SummaryPair> Pairs { get; } = SummaryPair.Load("cc4001-pairs.txt");

    private static IEnumerable<TestCaseData> Cases => Pairs.Select(p => new TestCaseData(p).SetName("CC4001 pair " + p.Id));

    [TestCaseSource(nameof(Cases))]
    public void Each_pair_raises_exactly_the_marked_findings(SummaryPair pair)
    {
        var (summary, spans) = ExpectedClaims.Unmark(pair.Summary);

        var findings = ClaimChecker.Compare(summary, pair.Source).Findings.Where(f => f.Id == "CC4001").ToList();

        findings.Select(f => f.Location.Text).Should().Equal(spans.Select(s => summary.Substring(s.Start, s.Length)));
        findings.Where(f => f.Severity != Severity.Info).Should().BeEmpty("CC4001 has shown no precision on text it was not tuned on");
        foreach (var finding in findings)
        {
            finding.AdditionalLocations.Should().ContainSingle("the finding points at the source's number");
            finding.Message.Contains(TurnsSignificant, StringComparison.Ordinal).Should().Be(pair.Expected == "turns significant");
        }
    }

    [Test]
    public void The_file_has_findings_of_each_wording_and_look_alikes()
    {
        Pairs.Should().Contain(p => p.Expected == "differs").And.Contain(p => p.Expected == "turns significant");
        Pairs.Count(p => p.Expected == "none").Should().BeGreaterThanOrEqualTo(10);
        Pairs.Where(p => p.Expected == "none").Should().OnlyContain(p => !p.Summary.Contains("[|", StringComparison.Ordinal));
        Pairs.Where(p => p.Expected != "none").Should().OnlyContain(p => p.Summary.Contains("[|", StringComparison.Ordinal));
    }

    [Test]
    public void A_misquoted_arm_is_compared_with_the_same_arm()
    {
        var pair = Pairs.Single(p => p.Id.StartsWith("04", StringComparison.Ordinal));

        var finding = ClaimChecker.Compare(ExpectedClaims.Unmark(pair.Summary).Text, pair.Source).Findings.Single(f => f.Id == "CC4001");

        // The placebo group's 34.5%, not the MSC group's 46.9%.
        finding.AdditionalLocations.Single().Text.Should().Be("34.5");
    }

    [Test]
    public void Turning_significant_names_the_null_value_and_alpha()
    {
        var interval = Pairs.Single(p => p.Id.StartsWith("12", StringComparison.Ordinal));
        var p = Pairs.Single(p => p.Id.StartsWith("15", StringComparison.Ordinal));

        ClaimChecker.Compare(ExpectedClaims.Unmark(interval.Summary).Text, interval.Source).Findings.Single(f => f.Id == "CC4001").Message
            .Should().Contain("the interval 0.65 to 4.34 crosses 1").And.Contain("1.05 to 4.34 excludes it");
        ClaimChecker.Compare(ExpectedClaims.Unmark(p.Summary).Text, p.Source).Findings.Single(f => f.Id == "CC4001").Message
            .Should().Contain("p = 0.080 is not below α = 0.05").And.Contain("p = 0.008 is");
    }
}
