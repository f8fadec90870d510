using ClaimCheck.Documents;
using ClaimCheck.Segmenting.Roles;

namespace ClaimCheck.Tests.Classification;

/// <summary>
/// The sentence-role model embedded in the library reproduces, on the validation abstracts rebuilt from the shared
/// Evidence Inference data by the training tool's own preparation code, the figures the tool recorded
/// (docs/accuracy/expected-metrics.json) and docs/accuracy.md states, within half a point: a stale model or a stale
/// document fails here. The significance-direction model is not shipped; its figures are checked by re-running the
/// tool (docs/accuracy.md) and here only against the document.
/// </summary>
public sealed class ShippedModelAccuracyTests
{
    private const double Tolerance = 0.005;

    [Test]
    public void Sentence_roles_reproduce_the_recorded_validation_figures()
    {
        var abstracts = ValidationSets.RoleAbstracts();
        var expected = ValidationSets.Metrics.SentenceRoles;
        abstracts.Should().HaveCount(expected.Abstracts);

        var pairs = new List<(int, int)>();
        foreach (var a in abstracts)
        {
            var predicted = SentenceRoleClassifier.Classify(a.Sentences);
            predicted.Should().HaveCount(a.Sentences.Count);
            pairs.AddRange(a.Roles.Zip(predicted, (t, p) => ((int)t, (int)p)));
        }

        // The sentences are split by the library's current SentenceSplitter, as the tool splits them; a change to the
        // splitter since the recorded run moves a few (2,657 now against 2,659 recorded: docs/accuracy.md).
        pairs.Count.Should().BeCloseTo(expected.Sentences, (uint)(expected.Sentences / 200), "the validation set is the one the tool measured, split by the current splitter");
        var (accuracy, macroF1) = Scoring.Measure(pairs, 5);
        accuracy.Should().BeApproximately(expected.Accuracy, Tolerance);
        macroF1.Should().BeApproximately(expected.MacroF1, Tolerance);
        accuracy.Should().BeGreaterThanOrEqualTo(0.90, "the issue's target is 90 % sentence accuracy");
    }

    [TestCase("## Shipped models", "sentence roles")]
    [TestCase("## Tool-side experiment: significance direction", "significance direction")]
    public void Docs_state_the_recorded_figures(string heading, string model)
    {
        var expected = model == "sentence roles" ? ValidationSets.Metrics.SentenceRoles : ValidationSets.Metrics.Significance;
        var (accuracyPercent, macroF1) = ValidationSets.Documented(heading, model);
        accuracyPercent.Should().BeApproximately(expected.Accuracy * 100, 0.005 + 1e-9);
        macroF1.Should().BeApproximately(expected.MacroF1, 0.00005 + 1e-9);
    }
}
