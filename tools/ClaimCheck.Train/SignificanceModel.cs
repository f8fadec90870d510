using ClaimCheck.Documents;
using ClaimCheck.Segmenting.Roles;
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
        var data = ml.Data.LoadFromEnumerable(TrainingRows(train));
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

    /// <summary>The class probabilities of each of <paramref name="statements"/> read alone, without the prompt's arms.</summary>
    internal static List<float[]> ScoreAlone(MLContext ml, ITransformer model, IReadOnlyList<LabelledStatement> statements)
        => Score(ml, model, [.. statements.Select(s => s with { Intervention = "", Comparator = "" })]);

    /// <summary>
    /// The training rows: each statement with its prompt's arms, once more with the arms swapped and the direction
    /// flipped when the text names an arm (the label is relative to the arms, so the swap is as true as the
    /// original and teaches the model that the arms, not the words alone, decide), and once read alone (so that a statement without known arms is read as well as before the arms were an input).
    /// </summary>
    private static List<SignificanceTrainingRow> TrainingRows(IReadOnlyList<LabelledStatement> statements)
    {
        var rows = new List<SignificanceTrainingRow>();
        foreach (var s in statements)
        {
            rows.Add(Row(s.Text, s.Intervention, s.Comparator, s.Outcome, s.Label));
            if (ArmMentions.Replace(s.Text, s.Intervention, s.Comparator, s.Outcome).Found != ArmMentions.Found.None)
            {
                rows.Add(Row(s.Text, s.Comparator, s.Intervention, s.Outcome, Flip(s.Label)));
            }

            rows.Add(Row(s.Text, null, null, null, s.Label));
        }

        return rows;
    }

    private static SignificanceDirection Flip(SignificanceDirection d) => d switch
    {
        SignificanceDirection.SignificantlyIncreased => SignificanceDirection.SignificantlyDecreased,
        SignificanceDirection.SignificantlyDecreased => SignificanceDirection.SignificantlyIncreased,
        _ => d,
    };

    private static SignificanceTrainingRow Row(string text, string? intervention, string? comparator, string? outcome, SignificanceDirection label)
    {
        var input = SignificanceModelInput.From(text, intervention, comparator, outcome);
        return new SignificanceTrainingRow { Text = input.Text, Cues = input.Cues, Label = label.ToString() };
    }

    private static List<SignificanceTrainingRow> Rows(IReadOnlyList<LabelledStatement> statements)
        => [.. statements.Select(s => Row(s.Text, s.Intervention, s.Comparator, s.Outcome, s.Label))];
}
