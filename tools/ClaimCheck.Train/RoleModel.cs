using ClaimCheck.Documents;
using ClaimCheck.Segmenting.Roles;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ClaimCheck.Train;

/// <summary>
/// One sentence as ML.NET sees it: the library's <see cref="RoleModelInput"/> with the place declared as a vector of
/// fixed length (the library itself has no ML.NET types; it scores the exported weights, <see cref="LinearRoleModel"/>).
/// </summary>
internal class RoleModelRow
{
    /// <summary>The sentence, normalised.</summary>
    public string Text { get; set; } = "";

    /// <summary>The previous sentence, normalised, or a start marker.</summary>
    public string Previous { get; set; } = "";

    /// <summary>The next sentence, normalised, or an end marker.</summary>
    public string Next { get; set; } = "";

    /// <summary>Where the sentence stands in the abstract.</summary>
    [VectorType(RoleModelInput.PositionLength)]
    public float[] Position { get; set; } = new float[RoleModelInput.PositionLength];

    /// <summary>The ML.NET row of <paramref name="input"/>.</summary>
    internal static RoleModelRow Of(RoleModelInput input) => new()
    {
        Text = input.Text,
        Previous = input.Previous,
        Next = input.Next,
        Position = input.Position,
    };
}

/// <summary>A labelled training row of the sentence-role model.</summary>
internal sealed class RoleTrainingRow : RoleModelRow
{
    /// <summary>The role (its enum name).</summary>
    public string Label { get; set; } = "";
}

/// <summary>Trains the sentence-role model and measures it.</summary>
internal static class RoleModel
{
    /// <summary>The role names the model learns, in enum order (Discussion comes only from a heading, never from the model).</summary>
    internal static readonly string[] Classes = [.. Enum.GetValues<SentenceRole>().Where(r => r != SentenceRole.Discussion).Select(r => r.ToString())];

    /// <summary>Fits the model on <paramref name="train"/>.</summary>
    internal static ITransformer Fit(MLContext ml, IReadOnlyList<LabelledAbstract> train)
    {
        var data = ml.Data.LoadFromEnumerable(Rows(train, withLoneCopies: true));
        var pipeline = ml.Transforms.Text.FeaturizeText("TextWords", Words(2), nameof(RoleModelRow.Text))
            .Append(ml.Transforms.Text.FeaturizeText("PreviousWords", Words(1), nameof(RoleModelRow.Previous)))
            .Append(ml.Transforms.Text.FeaturizeText("NextWords", Words(1), nameof(RoleModelRow.Next)))
            .Append(ml.Transforms.Concatenate("Features", "TextWords", "PreviousWords", "NextWords", nameof(RoleModelRow.Position)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = 0.01f,
                L1Regularization = 0.001f,
                OptimizationTolerance = 1e-5f,
                NumberOfThreads = 1,
            }));
        return pipeline.Fit(Keyed.Labels(ml, data, Classes));
    }

    /// <summary>Per-sentence class probabilities of <paramref name="abstracts"/>, abstract by abstract.</summary>
    internal static List<float[][]> Score(MLContext ml, ITransformer model, IReadOnlyList<LabelledAbstract> abstracts)
    {
        var scored = ml.Data.CreateEnumerable<ScoreOutput>(model.Transform(ml.Data.LoadFromEnumerable(Rows(abstracts, withLoneCopies: false))), reuseRowObject: false).ToList();
        var result = new List<float[][]>();
        int k = 0;
        foreach (var a in abstracts)
        {
            result.Add([.. scored.Skip(k).Take(a.Sentences.Count).Select(s => s.Score)]);
            k += a.Sentences.Count;
        }

        return result;
    }

    /// <summary>The class probabilities of every sentence of <paramref name="abstracts"/> judged alone (<see cref="RoleFeatures.Lone"/>), in order.</summary>
    internal static List<float[]> ScoreLone(MLContext ml, ITransformer model, IReadOnlyList<LabelledAbstract> abstracts)
    {
        var rows = abstracts.SelectMany(a => a.Sentences.Select((s, i) => Labelled(RoleFeatures.Lone(s), a.Roles[i])));
        return [.. ml.Data.CreateEnumerable<ScoreOutput>(model.Transform(ml.Data.LoadFromEnumerable(rows)), reuseRowObject: false).Select(s => s.Score)];
    }

    // With lone copies, every sentence is also given without neighbours or place (RoleFeatures.Lone), as the
    // classifier gives a single sentence: on a held-out fifth of the training abstracts this also raised the accuracy
    // on whole abstracts (90.3 % to 90.7 %).
    private static List<RoleTrainingRow> Rows(IReadOnlyList<LabelledAbstract> abstracts, bool withLoneCopies)
    {
        var rows = new List<RoleTrainingRow>();
        foreach (var a in abstracts)
        {
            var inputs = RoleFeatures.Build(a.Sentences);
            for (int i = 0; i < inputs.Length; i++)
            {
                rows.Add(Labelled(inputs[i], a.Roles[i]));
                if (withLoneCopies)
                {
                    rows.Add(Labelled(RoleFeatures.Lone(a.Sentences[i]), a.Roles[i]));
                }
            }
        }

        return rows;
    }

    private static RoleTrainingRow Labelled(RoleModelInput input, SentenceRole role) => new()
    {
        Text = input.Text,
        Previous = input.Previous,
        Next = input.Next,
        Position = input.Position,
        Label = role.ToString(),
    };

    private static TextFeaturizingEstimator.Options Words(int ngrams) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        KeepDiacritics = true,
        KeepPunctuations = true,
        KeepNumbers = true,
        CharFeatureExtractor = null,
        // 20,000 n-grams of each length keep the model near 2.5 MB; the full dictionary (5 MB) scored no better on a
        // held-out fifth of the training abstracts.
        WordFeatureExtractor = new WordBagEstimator.Options
        {
            NgramLength = ngrams,
            UseAllLengths = true,
            MaximumNgramsCount = [.. Enumerable.Repeat(20_000, ngrams)],
        },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };
}
