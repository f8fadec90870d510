using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>
/// CC4001–CC4003 (<see cref="ClaimChecker.Compare(string, string, string?, string?)"/>): seed 001, a news summary, against seed
/// 002, its source abstract; and altered copies of the summary.
/// </summary>
public sealed class SummaryComparisonTests
{
    private static string Summary => File.ReadAllText(Corpus.PathOf("seeds/001_db98887bc4b493aa.txt"));

    private static string Source => File.ReadAllText(Corpus.PathOf("seeds/002_bc1ab4963135bc6e.txt"));

    [Test]
    public void The_real_summary_matches_its_source()
    {
        var findings = ClaimChecker.Compare(Summary, Source).Findings;

        findings.Should().NotContain(f => f.Id == "CC4001" || f.Id == "CC4003");
        // The arm sizes 65 and 35 are in the summary only (the source abstract does not give them): noted, at Info.
        findings.Where(f => f.Id == "CC4002").Select(f => f.Location.Text).Should().BeEquivalentTo(["65", "35"]);
        findings.Should().OnlyContain(f => f.Severity == Severity.Info);
    }

    [Test]
    public void A_changed_number_fires_CC4001()
    {
        string altered = Summary.Replace("difference of −10.8% when", "difference of −12.8% when", StringComparison.Ordinal);

        var finding = ClaimChecker.Compare(altered, Source).Findings.Should().ContainSingle(f => f.Id == "CC4001").Subject;

        finding.Location.Text.Should().Be("−12.8");
        finding.Message.Should().Contain("−12.8%").And.Contain("-10.8%");
        finding.AdditionalLocations.Single().Text.Should().Be("-10.8");
    }

    [Test]
    public void Significantly_added_to_a_non_significant_result_fires_CC4003()
    {
        string altered = Summary.Replace("both groups illustrated similar median inhibition rate", "the MSC group illustrated a significantly higher median inhibition rate", StringComparison.Ordinal);

        ClaimChecker.Compare(altered, Source).Findings.Should().ContainSingle(f => f.Id == "CC4003")
            .Which.Message.Should().Contain("significantly higher").And.Contain("similar");
    }

    [Test]
    public void A_rounded_number_in_the_summary_agrees()
    {
        var findings = ClaimChecker.Compare("Normal CT was seen in 18% (10/56) of the MSC group.", Source).Findings;

        findings.Should().NotContain(f => f.Id == "CC4001");
    }
}
