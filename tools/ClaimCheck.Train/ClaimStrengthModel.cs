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
/// Trains the claim-strength model: an ML.NET maximum-entropy trainer (L-BFGS or SDCA) over the library's own hashed
/// features, whose weights are then written out as a <see cref="LinearModel"/> that the library scores without ML.NET.
/// </summary>
internal static class ClaimStrengthModel
{
    /// <summary>The strength names in enum order.</summary>
    internal static readonly string[] Classes = Enum.GetNames<ClaimStrength>();

    /// <summary>The ML.NET trainers compared; both are multiclass logistic regression, so the scores stay probabilities (CC4003 reads them).</summary>
    internal enum Trainer
    {
        /// <summary>LbfgsMaximumEntropy.</summary>
        Lbfgs,

        /// <summary>SdcaMaximumEntropy.</summary>
        Sdca,
    }

    /// <summary>One candidate: the optional feature blocks and the trainer's setting.</summary>
    internal sealed record Settings(FeatureKinds Features, Trainer Trainer, float L2, float L1, bool Balanced)
    {
        /// <inheritdoc/>
        public override string ToString() => FormattableString.Invariant(
            $"{(Features == FeatureKinds.None ? "words" : "words, " + Features.ToString().ToLowerInvariant())}, {Trainer}, L2 {L2}, L1 {L1}, {(Balanced ? "classes weighted alike" : "unweighted")}");
    }

    /// <summary>
    /// The candidates compared by cross-validation on the train split: the finalists of the exploration recorded in
    /// docs/accuracy.md (SDCA at other settings, word pairs and sentence edges scored lower there and are left out to keep
    /// the command short). The first is the setting of the previous shipped model.
    /// </summary>
    internal static readonly Settings[] Grid =
    [
        new(FeatureKinds.None, Trainer.Lbfgs, 0.001f, 0.0001f, false),
        new(FeatureKinds.None, Trainer.Lbfgs, 0.001f, 0.0001f, true),
        new(FeatureKinds.Characters, Trainer.Sdca, 0.00001f, 0f, true),
        new(FeatureKinds.Characters, Trainer.Lbfgs, 0.001f, 0.0001f, false),
        new(FeatureKinds.Characters, Trainer.Lbfgs, 0.001f, 0.0001f, true),
    ];

    /// <summary>A sentence's hashed features and its label.</summary>
    internal sealed record Vector(int[] Indices, float[] Values, ClaimStrength Label);

    /// <summary>The features <paramref name="kinds"/> of each of <paramref name="claims"/>.</summary>
    internal static Vector[] Featurize(IReadOnlyList<LabelledClaim> claims, FeatureKinds kinds)
        => [.. claims.Select(c =>
        {
            var (indices, values) = ClaimStrengthFeatures.Of(c.Text, kinds);
            return new Vector(indices, values, c.Label);
        })];

    /// <summary>Fits the model on <paramref name="train"/> (featurized with <paramref name="settings"/>' blocks) and returns it as a <see cref="LinearModel"/>.</summary>
    internal static LinearModel Fit(MLContext ml, IReadOnlyList<Vector> train, Settings settings)
    {
        var data = Keyed.Labels(ml, ml.Data.LoadFromEnumerable(Rows(train, settings.Balanced)), Classes);
        MaximumEntropyModelParameters model = settings.Trainer switch
        {
            Trainer.Lbfgs => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = settings.L2,
                L1Regularization = settings.L1,
                OptimizationTolerance = 1e-6f,
                ExampleWeightColumnName = nameof(ClaimStrengthRow.Weight),
                NumberOfThreads = 1,
            }).Fit(data).Model,
            _ => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = settings.L2,
                L1Regularization = settings.L1,
                ExampleWeightColumnName = nameof(ClaimStrengthRow.Weight),
                NumberOfThreads = 1,
            }).Fit(data).Model,
        };
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

        return new LinearModel(settings.Features, ClaimStrengthFeatures.Buckets, dense, biases);
    }

    /// <summary>The predicted class of each of <paramref name="claims"/> under <paramref name="model"/>, through the library's own scoring.</summary>
    internal static int[] Predict(LinearModel model, IReadOnlyList<LabelledClaim> claims)
        => [.. claims.Select(c => ScoreOutput.ArgMax(model.Probabilities(c.Text)))];

    /// <summary>The macro-F1 of each candidate of <see cref="Grid"/> by <paramref name="folds"/>-fold cross-validation on <paramref name="train"/>.</summary>
    internal static List<(Settings Settings, double MacroF1)> CrossValidate(MLContext ml, IReadOnlyList<LabelledClaim> train, int folds)
    {
        var results = new List<(Settings, double)>();
        var featurized = new Dictionary<FeatureKinds, Vector[]>();
        foreach (var settings in Grid)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            if (!featurized.TryGetValue(settings.Features, out var vectors))
            {
                featurized[settings.Features] = vectors = Featurize(train, settings.Features);
            }

            var metrics = new Metrics(Classes);
            for (int f = 0; f < folds; f++)
            {
                var fitOn = vectors.Where((_, i) => i % folds != f).ToList();
                var heldOut = vectors.Where((_, i) => i % folds == f).ToList();
                var model = Fit(ml, fitOn, settings);
                foreach (var v in heldOut)
                {
                    metrics.Add((int)v.Label, ScoreOutput.ArgMax(model.Probabilities(v.Indices, v.Values)));
                }
            }

            results.Add((settings, metrics.MacroF1));
            Console.WriteLine(FormattableString.Invariant($"  {folds}-fold cross-validation on train, {settings}: macro-F1 {metrics.MacroF1:0.0000}, accuracy {metrics.Accuracy:0.0000} ({clock.Elapsed.TotalSeconds:0}s)"));
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

    private static List<ClaimStrengthRow> Rows(IReadOnlyList<Vector> vectors, bool balanced)
    {
        var counts = vectors.GroupBy(v => v.Label).ToDictionary(g => g.Key, g => g.Count());
        return [.. vectors.Select(v => new ClaimStrengthRow
        {
            Features = new VBuffer<float>(ClaimStrengthFeatures.Buckets, v.Indices.Length, v.Values, v.Indices),
            Label = v.Label.ToString(),
            Weight = balanced ? vectors.Count / (float)(Classes.Length * counts[v.Label]) : 1,
        })];
    }
}
