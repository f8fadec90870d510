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
        var tally = Tally(Pairs);

        TestContext.Out.WriteLine(tally.Summary($"CC4003 on {Pairs.Count} pairs"));
        Pairs.Should().HaveCount(30);
        Pairs.Count(p => p.Expected == "none").Should().Be(15, "half of the pairs are innocent look-alikes");
        tally.Precision.Should().BeGreaterThanOrEqualTo(0.95);
        tally.Recall.Should().BeGreaterThanOrEqualTo(0.85);
        tally.RightStep.Should().Be(tally.TruePositives);
    }

    /// <summary>
    /// The 30 pairs of Data/cc4003-pairs-unseen.txt, written with their verdicts before the rule or the retrained model ran
    /// on them (this file is not tuned on, so a verdict the rule gets wrong stays a counted error). The floors are the
    /// last measurement's (docs/accuracy.md: first 7 found, 1 false alarm; session 7, after fixes by cause made on other
    /// sentences, 8 found, no false alarm), so a regression fails and an improvement passes, to be re-measured.
    /// </summary>
    [Test]
    public void Precision_and_recall_on_thirty_pairs_not_tuned_on()
    {
        var pairs = SummaryPair.Load("cc4003-pairs-unseen.txt");

        var tally = Tally(pairs);

        TestContext.Out.WriteLine(tally.Summary($"CC4003 on {pairs.Count} unseen pairs"));
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, tally.Lines));
        pairs.Should().HaveCount(30);
        pairs.Count(p => p.Expected == "none").Should().Be(15, "half of the pairs are innocent look-alikes");
        tally.TruePositives.Should().BeGreaterThanOrEqualTo(8);
        tally.FalsePositives.Should().Be(0);
        tally.RightStep.Should().Be(tally.TruePositives);
    }

    /// <summary>
    /// The 30 pairs of Data/cc4003-pairs-third.txt, written blind in session 7 (before any code ran on them) with more
    /// varied causal verbs, advice, conditionals, second clauses and subgroups. Measured once before and once after the
    /// session's CC4003 changes (docs/accuracy.md); the floors are the measured figures, so a regression fails.
    /// </summary>
    [Test]
    public void Precision_and_recall_on_a_third_blind_set()
    {
        var pairs = SummaryPair.Load("cc4003-pairs-third.txt");

        var tally = Tally(pairs);

        TestContext.Out.WriteLine(tally.Summary($"CC4003 on {pairs.Count} pairs of the third set"));
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, tally.Lines));
        pairs.Should().HaveCount(30);
        pairs.Count(p => p.Expected == "none").Should().Be(15, "half of the pairs are innocent look-alikes");
        tally.TruePositives.Should().BeGreaterThanOrEqualTo(ThirdSetFloorFound);
        tally.FalsePositives.Should().BeLessThanOrEqualTo(ThirdSetCeilingFalse);
    }

    private const int ThirdSetFloorFound = 8;
    private const int ThirdSetCeilingFalse = 1;

    /// <summary>CC4003 run on each pair against its written verdict: counts and one line per pair.</summary>
    private static PairTally Tally(IReadOnlyList<SummaryPair> pairs)
    {
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

        return new PairTally(truePositives, falsePositives, falseNegatives, rightStep, lines);
    }

    private sealed record PairTally(int TruePositives, int FalsePositives, int FalseNegatives, int RightStep, List<string> Lines)
    {
        internal double Precision => TruePositives / (double)Math.Max(1, TruePositives + FalsePositives);

        internal double Recall => TruePositives / (double)(TruePositives + FalseNegatives);

        internal string Summary(string what) => string.Create(CultureInfo.InvariantCulture,
            $"{what}: {TruePositives} true, {FalsePositives} false alarms, {FalseNegatives} missed; precision {Precision:0.00}, recall {Recall:0.00}; right step {RightStep} of {TruePositives}");
    }

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

    // Rows of constructed sentences for the causes of session 6's misses (each a kind, not a pair of the unseen file):
    // a clause about another treatment after ", and"; a subgroup of condition or age dropped or kept only in part; a
    // causal verb of relieving or shortening. Each with its look-alikes (expected "none").
    [TestCase("Statin use was associated with fewer strokes, and aspirin lowered the rate of heart attack in the trial.",
        "Aspirin lowers the rate of heart attack.", "none")]
    [TestCase("Statin use was associated with fewer strokes, and aspirin lowered the rate of heart attack in the trial.",
        "Statin use prevents strokes.", "correlation → cause")]
    [TestCase("Vitamin D supplements were linked to fewer fractures, and exercise classes reduced falls in the same trial.",
        "Exercise classes reduce falls in older people.", "none")]
    [TestCase("In participants with type 2 diabetes, the drug lowered the rate of heart attack; in those without diabetes, it did not.",
        "The drug lowers the rate of heart attack.", "subgroup → everyone")]
    [TestCase("In participants with type 2 diabetes, the drug lowered the rate of heart attack; in those without diabetes, it did not.",
        "In people with type 2 diabetes, the drug lowers the rate of heart attack.", "none")]
    [TestCase("In children aged under five, zinc shortened diarrhoea by a day; in older children, it had no effect.",
        "Zinc shortens diarrhoea in children.", "subgroup → everyone")]
    [TestCase("In children aged under five, zinc shortened diarrhoea by a day; in older children, it had no effect.",
        "Zinc shortens diarrhoea in children aged under five.", "none")]
    [TestCase("The drug lowered the rate of heart attack in 4,000 adults with type 2 diabetes.",
        "The drug lowers the rate of heart attack.", "none")]
    [TestCase("Massage therapy may relieve anxiety in cancer patients receiving chemotherapy.",
        "Massage therapy relieves anxiety in cancer patients receiving chemotherapy.", "conditional → direct")]
    [TestCase("Massage therapy relieved anxiety in cancer patients receiving chemotherapy.",
        "Massage therapy may relieve anxiety in cancer patients receiving chemotherapy.", "none")]
    [TestCase("Early physiotherapy might shorten hospital stays after hip surgery.",
        "Early physiotherapy shortens hospital stays after hip surgery.", "conditional → direct")]
    public void Constructed_rows_of_each_cause(string source, string summary, string expected)
    {
        var findings = ClaimChecker.Compare(summary, source).Findings.Where(f => f.Id == "CC4003").ToList();

        if (expected == "none")
        {
            findings.Should().BeEmpty();
            return;
        }

        Step(findings.Should().ContainSingle().Subject.Message).Should().Be(expected);
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
