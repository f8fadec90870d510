using System.Globalization;
using System.Text.Json;
using ClaimCheck.Segmenting.Strength;
using ClaimCheck.Train;

namespace ClaimCheck.Tests.Classification;

/// <summary>
/// The claim-strength model embedded in the library: clear sentences of each class (written for this test, not from the
/// data), the same answers from many threads, the file's size, and its figures on the validation sentences rebuilt from
/// ../shared/data/claim-strength by the training tool's own split (skipped where the data is absent).
/// </summary>
public sealed class ClaimStrengthClassifierTests
{
    private const double Tolerance = 0.005;

    [TestCase("The findings are published in the April issue of the journal.", ClaimStrength.NoClaim)]
    [TestCase("Regular coffee consumption was associated with lower mortality.", ClaimStrength.Correlational)]
    [TestCase("Higher screen time was linked to poorer sleep in adolescents.", ClaimStrength.Correlational)]
    [TestCase("Mindfulness training may reduce burnout among nurses.", ClaimStrength.ConditionalCausal)]
    [TestCase("These results suggest that intermittent fasting could improve insulin sensitivity.", ClaimStrength.ConditionalCausal)]
    [TestCase("Intermittent fasting improves insulin sensitivity in adults with prediabetes.", ClaimStrength.DirectCausal)]
    [TestCase("Daily walking slows cognitive decline in older adults.", ClaimStrength.DirectCausal)]
    public void Clear_sentences_get_their_class(string sentence, ClaimStrength expected)
        => ClaimStrengthClassifier.Classify(sentence).Should().Be(expected);

    [Test]
    public void A_blank_sentence_claims_nothing_and_null_is_refused()
    {
        ClaimStrengthClassifier.Classify("  ").Should().Be(ClaimStrength.NoClaim);
        FluentActions.Invoking(() => ClaimStrengthClassifier.Classify(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Probabilities_sum_to_one()
        => ClaimStrengthClassifier.Probabilities("Statins reduce the risk of heart attack.").Sum().Should().BeApproximately(1f, 1e-4f);

    [Test]
    public void Eight_threads_get_the_answers_of_one()
    {
        string[] sentences = [.. Enumerable.Range(0, 200).Select(i => i % 3 == 0 ? $"Drug {i} reduces pain." : i % 3 == 1 ? $"Drug {i} may reduce pain." : $"Drug {i} was associated with less pain.")];
        var sequential = sentences.Select(ClaimStrengthClassifier.Classify).ToArray();
        var answers = new ClaimStrength[8][];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t => answers[t] = [.. sentences.Select(ClaimStrengthClassifier.Classify)]);
        answers.Should().AllSatisfy(a => a.Should().Equal(sequential));
    }

    [Test]
    public void The_shipped_model_is_at_most_ten_megabytes()
    {
        using var stream = typeof(ClaimStrengthClassifier).Assembly.GetManifestResourceStream("ClaimCheck.Models.claim-strength.bin");
        stream.Should().NotBeNull();
        stream!.Length.Should().BeLessThanOrEqualTo(10 * 1024 * 1024);
    }

    [Test]
    public void The_shipped_model_reproduces_the_recorded_validation_figures()
    {
        string data = SharedData.Require("claim-strength");
        SharedData.Require(Path.Combine("claim-strength", "annotated_pubmed.csv"));
        SharedData.Require(Path.Combine("claim-strength", "annotated_eureka.csv"));
        var validation = ClaimStrengthData.Split(data).Validation;
        var recorded = Recorded();
        validation.Should().HaveCount(recorded.GetProperty("sentences").GetInt32());

        var pairs = validation.Select(c => ((int)c.Label, (int)ClaimStrengthClassifier.Classify(c.Text))).ToList();
        var (accuracy, macroF1) = Scoring.Measure(pairs, 4);
        accuracy.Should().BeApproximately(recorded.GetProperty("accuracy").GetDouble(), Tolerance);
        macroF1.Should().BeApproximately(recorded.GetProperty("macroF1").GetDouble(), Tolerance);
        // The target is 0.80; the shipped model reaches 0.772 (docs/accuracy.md says so), the one before it 0.756.
        // The floor keeps a retrained model from falling below the shipped one.
        macroF1.Should().BeGreaterThanOrEqualTo(0.77, "a retrained model must not score below the shipped one");
    }

    [Test]
    public void Docs_state_the_recorded_figures()
    {
        var recorded = Recorded();
        var (accuracyPercent, macroF1) = ValidationSets.Documented("## Claim strength", "claim strength");
        accuracyPercent.Should().BeApproximately(recorded.GetProperty("accuracy").GetDouble() * 100, 0.005 + 1e-9);
        macroF1.Should().BeApproximately(recorded.GetProperty("macroF1").GetDouble(), 0.00005 + 1e-9);
    }

    private static JsonElement Recorded()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "docs", "accuracy", "expected-metrics.json")));
        return json.RootElement.GetProperty("claimStrength").Clone();
    }
}
