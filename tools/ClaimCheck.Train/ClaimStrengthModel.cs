using ClaimCheck.Segmenting.Roles;
using ClaimCheck.Segmenting.Strength;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ClaimCheck.Train;

/// <summary>A training row of the claim-strength model: the hashed features of <see cref="ClaimStrengthFeatures"/>.</summary>
internal sealed class ClaimStrengthRow
{
    /// <summary>The sparse feature vector.</summary>
    [VectorType(ClaimStrengthFeatures.Buckets)]
    public VBuffer<float> Features { get; set; }

    /// <summary>The strength (its enum name).</summary>
    public string Label { get; set; } = "";

    /// <summary>The row's weight: classes are weighted to count alike when <see cref="ClaimStrengthModel.Settings.Balanced"/>.</summary>
    public float Weight { get; set; } = 1;
}

/// <summary>A row of the comparison pipeline, which featurizes the text inside ML.NET.</summary>
internal sealed class ClaimStrengthTextRow
{
    /// <summary>The sentence, normalised by <see cref="ModelText.Normalize"/>.</summary>
    public string Text { get; set; } = "";

    /// <summary>The strength (its enum name).</summary>
    public string Label { get; set; } = "";
}

/// <summary>
/// Trains the claim-strength model: ML.NET's L-BFGS maximum entropy over the library's own hashed features, whose
/// weights are then written out as a <see cref="LinearModel"/> that the library scores without ML.NET.
/// </summary>
internal static class ClaimStrengthModel
{
    /// <summary>The strength names in enum order.</summary>
    internal static readonly string[] Classes = Enum.GetNames<ClaimStrength>();

    /// <summary>One setting of the trainer.</summary>
    internal sealed record Settings(float L2, float L1, bool Balanced)
    {
        /// <inheritdoc/>
        public override string ToString() => FormattableString.Invariant($"L2 {L2}, L1 {L1}, {(Balanced ? "classes weighted alike" : "unweighted")}");
    }

    /// <summary>The settings compared by cross-validation on the train split.</summary>
    internal static readonly Settings[] Grid =
    [
        new(0.0003f, 0.0001f, false),
        new(0.001f, 0.0001f, false),
        new(0.001f, 0.001f, false),
    ];

    /// <summary>Fits the model on <paramref name="train"/> and returns it as a <see cref="LinearModel"/>.</summary>
    internal static LinearModel Fit(MLContext ml, IReadOnlyList<LabelledClaim> train, Settings settings)
    {
        var data = Keyed.Labels(ml, ml.Data.LoadFromEnumerable(Rows(train, settings.Balanced)), Classes);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = settings.L2,
            L1Regularization = settings.L1,
            OptimizationTolerance = 1e-6f,
            ExampleWeightColumnName = nameof(ClaimStrengthRow.Weight),
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(data).Model;
        VBuffer<float>[] weights = [];
        model.GetWeights(ref weights, out int classes);
        var biases = model.GetBiases().ToArray();
        var dense = new float[ClaimStrengthFeatures.Buckets * classes];
        for (int c = 0; c < classes; c++)
        {
            foreach (var (slot, w) in weights[c].Items())
            {
                dense[(slot * classes) + c] = w;
            }
        }

        return new LinearModel(ClaimStrengthFeatures.Buckets, dense, biases);
    }

    /// <summary>The predicted class of each of <paramref name="claims"/> under <paramref name="model"/>.</summary>
    internal static int[] Predict(LinearModel model, IReadOnlyList<LabelledClaim> claims)
        => [.. claims.Select(c => ClaimStrengthFeatures.Of(c.Text)).Select(f => ScoreOutput.ArgMax(model.Probabilities(f.Indices, f.Values)))];

    /// <summary>The macro-F1 of each setting of <see cref="Grid"/> by <paramref name="folds"/>-fold cross-validation on <paramref name="train"/>.</summary>
    internal static List<(Settings Settings, double MacroF1)> CrossValidate(MLContext ml, IReadOnlyList<LabelledClaim> train, int folds)
    {
        var results = new List<(Settings, double)>();
        foreach (var settings in Grid)
        {
            var metrics = new Metrics(Classes);
            for (int f = 0; f < folds; f++)
            {
                var fitOn = train.Where((_, i) => i % folds != f).ToList();
                var heldOut = train.Where((_, i) => i % folds == f).ToList();
                var predicted = Predict(Fit(ml, fitOn, settings), heldOut);
                for (int i = 0; i < heldOut.Count; i++)
                {
                    metrics.Add((int)heldOut[i].Label, predicted[i]);
                }
            }

            results.Add((settings, metrics.MacroF1));
            Console.WriteLine(FormattableString.Invariant($"  {folds}-fold cross-validation on train, {settings}: macro-F1 {metrics.MacroF1:0.0000}"));
        }

        return results;
    }

    /// <summary>
    /// The comparison: ML.NET's own text featurizer (word 1–3-grams and character 3-grams of the normalised text) and the
    /// same trainer, as a model that would ship as an ML.NET .zip and be scored by a prediction engine. Returns the
    /// predicted class of each of <paramref name="validation"/> and the size of the saved model in bytes.
    /// </summary>
    internal static (int[] Predicted, long Bytes) FitWithTextFeaturizer(MLContext ml, IReadOnlyList<LabelledClaim> train, IReadOnlyList<LabelledClaim> validation, Settings settings)
    {
        var data = Keyed.Labels(ml, ml.Data.LoadFromEnumerable(train.Select(c => new ClaimStrengthTextRow { Text = ModelText.Normalize(c.Text), Label = c.Label.ToString() })), Classes);
        var pipeline = ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.None,
                KeepDiacritics = true,
                KeepPunctuations = true,
                KeepNumbers = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(ClaimStrengthTextRow.Text))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = settings.L2,
                L1Regularization = settings.L1,
                OptimizationTolerance = 1e-6f,
                NumberOfThreads = 1,
            }));
        var model = pipeline.Fit(data);
        var scored = model.Transform(ml.Data.LoadFromEnumerable(validation.Select(c => new ClaimStrengthTextRow { Text = ModelText.Normalize(c.Text) })));
        int[] predicted = [.. ml.Data.CreateEnumerable<ScoreOutput>(scored, reuseRowObject: false).Select(s => ScoreOutput.ArgMax(s.Score))];
        using var saved = new MemoryStream();
        ml.Model.Save(model, data.Schema, saved);
        return (predicted, saved.Length);
    }

    private static List<ClaimStrengthRow> Rows(IReadOnlyList<LabelledClaim> claims, bool balanced)
    {
        var counts = claims.GroupBy(c => c.Label).ToDictionary(g => g.Key, g => g.Count());
        return [.. claims.Select(c =>
        {
            var (indices, values) = ClaimStrengthFeatures.Of(c.Text);
            return new ClaimStrengthRow
            {
                Features = new VBuffer<float>(ClaimStrengthFeatures.Buckets, indices.Length, values, indices),
                Label = c.Label.ToString(),
                Weight = balanced ? claims.Count / (float)(Classes.Length * counts[c.Label]) : 1,
            };
        })];
    }
}
