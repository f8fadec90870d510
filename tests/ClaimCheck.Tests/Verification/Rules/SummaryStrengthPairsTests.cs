using System.Globalization;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>
/// CC4003 on the 30 summary/source pairs of Data/cc4003-pairs.txt (15 overstatements, one pattern each of the rule's
/// five steps three times, and 15 innocent look-alikes), each verdict written by reading both texts. Measures precision
/// and recall (docs/accuracy.md) and holds the rule to them; every finding names the expected step, quotes the summary
/// and the source, and never cites a clause about another treatment or outcome.
/// </summary>
public sealed class SummaryStrengthPairsTests
{
    private const string NotSignificant = "not significant → benefit";

    internal static IReadOnlyList<SummaryPair> Pairs { get; } = SummaryPair.Load("cc4003-pairs.txt");

    private static IEnumerable<TestCaseData> Cases => Pairs.Select(p => new TestCaseData(p).SetName("CC4003 pair " + p.Id));

    [TestCaseSource(nameof(Cases))]
    public void Each_pair_gets_its_written_verdict(SummaryPair pair)
    {
        var findings = ClaimChecker.Compare(pair.Summary, pair.Source).Findings.Where(f => f.Id == "CC4003").ToList();

        if (pair.Expected == "none")
        {
            findings.Should().BeEmpty();
            return;
        }

        var finding = findings.Should().ContainSingle().Subject;
        Step(finding.Message).Should().Be(pair.Expected);
        finding.AdditionalLocations.Should().NotBeEmpty("the finding points at the source's text");
        if (pair.Expected != NotSignificant)
        {
            // Both clauses are quoted: the summary's where the finding stands, the source's where it points.
            finding.Message.Should().Contain(finding.Location.Text.Trim()).And.Contain(finding.AdditionalLocations[0].Text.Trim());
        }
    }

    [Test]
    public void Precision_and_recall_on_the_thirty_pairs()
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, rightStep = 0;
        foreach (var pair in Pairs)
        {
            var finding = ClaimChecker.Compare(pair.Summary, pair.Source).Findings.FirstOrDefault(f => f.Id == "CC4003");
            bool expected = pair.Expected != "none";
            if (finding is not null && expected)
            {
                truePositives++;
                rightStep += Step(finding.Message) == pair.Expected ? 1 : 0;
            }
            else if (finding is not null)
            {
                falsePositives++;
            }
            else if (expected)
            {
                falseNegatives++;
            }
        }

        double precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        double recall = truePositives / (double)(truePositives + falseNegatives);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CC4003 on {Pairs.Count} pairs: {truePositives} true, {falsePositives} false alarms, {falseNegatives} missed; precision {precision:0.00}, recall {recall:0.00}; right step {rightStep} of {truePositives}"));
        Pairs.Should().HaveCount(30);
        Pairs.Count(p => p.Expected == "none").Should().Be(15, "half of the pairs are innocent look-alikes");
        precision.Should().BeGreaterThanOrEqualTo(0.95);
        recall.Should().BeGreaterThanOrEqualTo(0.85);
        rightStep.Should().Be(truePositives);
    }

    /// <summary>
    /// The 30 pairs of Data/cc4003-pairs-unseen.txt, written with their verdicts before the rule or the retrained model ran
    /// on them: the measured counts are recorded here and in docs/accuracy.md, misses and false alarms included (this file
    /// is not tuned on, so a verdict the rule gets wrong stays a counted error). The test fails when the rule's behaviour
    /// on them changes, so that the documented figures are re-measured.
    /// </summary>
    [Test]
    public void Precision_and_recall_on_thirty_pairs_not_tuned_on()
    {
        var pairs = SummaryPair.Load("cc4003-pairs-unseen.txt");
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, rightStep = 0;
        var lines = new List<string>();
        foreach (var pair in pairs)
        {
            var finding = ClaimChecker.Compare(pair.Summary, pair.Source).Findings.FirstOrDefault(f => f.Id == "CC4003");
            string found = finding is null ? "none" : Step(finding.Message);
            bool expected = pair.Expected != "none";
            if (finding is not null && expected)
            {
                truePositives++;
                rightStep += found == pair.Expected ? 1 : 0;
            }
            else if (finding is not null)
            {
                falsePositives++;
            }
            else if (expected)
            {
                falseNegatives++;
            }

            lines.Add($"  {pair.Id}: expected {pair.Expected}, found {found}{(found == pair.Expected ? "" : "   <-- differs")}");
        }

        double precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        double recall = truePositives / (double)(truePositives + falseNegatives);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CC4003 on {pairs.Count} unseen pairs: {truePositives} true, {falsePositives} false alarms, {falseNegatives} missed; precision {precision:0.00}, recall {recall:0.00}; right step {rightStep} of {truePositives}"));
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, lines));
        pairs.Should().HaveCount(30);
        pairs.Count(p => p.Expected == "none").Should().Be(15, "half of the pairs are innocent look-alikes");
        (truePositives, falsePositives, falseNegatives, rightStep).Should().Be(UnseenMeasured, "docs/accuracy.md records these counts");
    }

    /// <summary>What the rule did on the unseen pairs when they were first measured (true, false alarms, missed, right step).</summary>
    private static readonly (int, int, int, int) UnseenMeasured = (7, 1, 8, 7);

    [Test]
    public void A_clause_about_another_treatment_is_never_cited()
    {
        // Pair 19's source: the correlational clause is about aspirin; the summary is about celecoxib.
        var comparison = ClaimChecker.Compare(
            "Aspirin reduces colorectal cancer. Celecoxib reduces adenoma recurrence.",
            "Aspirin use was associated with a lower risk of colorectal cancer, while celecoxib reduced adenoma recurrence.");

        var finding = comparison.Findings.Should().ContainSingle(f => f.Id == "CC4003").Subject;
        finding.Location.Text.Should().Contain("Aspirin");
        finding.AdditionalLocations.Should().ContainSingle().Which.Text.Should().Contain("Aspirin").And.NotContain("celecoxib");
    }

    /// <summary>The step a CC4003 message names.</summary>
    private static string Step(string message)
    {
        if (message.Contains("not significant", StringComparison.Ordinal))
        {
            return NotSignificant;
        }

        int open = message.IndexOf('(', StringComparison.Ordinal);
        int close = message.IndexOf(')', open + 1);
        return message[(open + 1)..close];
    }
}
