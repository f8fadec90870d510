using ClaimCheck.Classification;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ClaimCheck.Train;

/// <summary>A labelled training row of the significance model.</summary>
internal sealed class SignificanceTrainingRow : SignificanceModelInput
{
    /// <summary>The direction (its enum name).</summary>
    public string Label { get; set; } = "";
}

/// <summary>Trains the significance model and measures it.</summary>
internal static class SignificanceModel
{
    /// <summary>The direction names in enum order.</summary>
    internal static readonly string[] Classes = Enum.GetNames<SignificanceDirection>();

    /// <summary>Fits the model on <paramref name="train"/>.</summary>
    internal static ITransformer Fit(MLContext ml, IReadOnlyList<LabelledStatement> train)
    {
        var data = ml.Data.LoadFromEnumerable(Rows(train));
        var pipeline = ml.Transforms.Text.FeaturizeText("Words", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.None,
                KeepDiacritics = true,
                KeepPunctuations = true,
                KeepNumbers = true,
                CharFeatureExtractor = null,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(SignificanceModelInput.Text))
            .Append(ml.Transforms.Concatenate("Features", "Words", nameof(SignificanceModelInput.Cues)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = 0.01f,
                L1Regularization = 0.001f,
                OptimizationTolerance = 1e-5f,
                NumberOfThreads = 1,
            }));
        return pipeline.Fit(Keyed.Labels(ml, data, Classes));
    }

    /// <summary>The class probabilities of each of <paramref name="statements"/>.</summary>
    internal static List<float[]> Score(MLContext ml, ITransformer model, IReadOnlyList<LabelledStatement> statements)
        => [.. ml.Data.CreateEnumerable<ScoreOutput>(model.Transform(ml.Data.LoadFromEnumerable(Rows(statements))), reuseRowObject: false).Select(s => s.Score)];

    private static List<SignificanceTrainingRow> Rows(IReadOnlyList<LabelledStatement> statements)
        => [.. statements.Select(s =>
        {
            var input = SignificanceModelInput.From(s.Text);
            return new SignificanceTrainingRow { Text = input.Text, Cues = input.Cues, Label = s.Label.ToString() };
        })];
}
