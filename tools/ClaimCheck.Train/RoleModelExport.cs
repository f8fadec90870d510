using ClaimCheck.Segmenting.Roles;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ClaimCheck.Train;

/// <summary>
/// Writes the fitted ML.NET sentence-role model as the library scores it (<see cref="LinearRoleModel"/>): each text
/// column's n-gram dictionary, read from the slot names ML.NET gives the column, and the classifier's weights and
/// biases. The library then needs no ML.NET; tests/…/LinearRoleModelTests checks that both give the same floats.
/// </summary>
internal static class RoleModelExport
{
    /// <summary>The n-gram columns, in the order the model concatenates them (RoleModel.Fit).</summary>
    private static readonly string[] Columns = ["TextWords", "PreviousWords", "NextWords"];

    /// <summary>Writes the directly scored form of <paramref name="model"/> to <paramref name="path"/>.</summary>
    internal static void Write(MLContext ml, ITransformer model, string path)
    {
        var linear = FromMlNet(ml, model);
        using var file = File.Create(path);
        linear.Write(file);
    }

    /// <summary>The directly scored form of the ML.NET sentence-role model <paramref name="model"/>.</summary>
    /// <exception cref="InvalidOperationException">The model is not shaped as RoleModel.Fit makes it.</exception>
    internal static LinearRoleModel FromMlNet(MLContext ml, ITransformer model)
    {
        var chain = model as TransformerChain<ITransformer> ?? throw new InvalidOperationException("The role model is not a transformer chain.");
        var classifier = (chain.LastOrDefault() as MulticlassPredictionTransformer<MaximumEntropyModelParameters>)?.Model
            ?? throw new InvalidOperationException("The role model does not end in a maximum-entropy classifier.");

        var schema = model.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<RoleModelRow>()).Schema);
        var tokens = new List<string>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var columns = new int[Columns.Length][][];
        int features = 0;
        for (int c = 0; c < Columns.Length; c++)
        {
            var column = schema[Columns[c]];
            VBuffer<ReadOnlyMemory<char>> names = default;
            column.GetSlotNames(ref names);
            int length = ((VectorDataViewType)column.Type).Size;
            columns[c] = [.. names.DenseValues().Select(name => Ngram(name.ToString()).Select(Id).ToArray())];
            if (columns[c].Length != length)
            {
                throw new InvalidOperationException($"{Columns[c]} has {length} slots but {columns[c].Length} names.");
            }

            features += length;
        }

        int featureLength = ((VectorDataViewType)schema["Features"].Type).Size;
        int positionLength = featureLength - features;
        if (positionLength != RoleModelInput.PositionLength)
        {
            throw new InvalidOperationException($"The features hold {featureLength} values, not the n-grams ({features}) and the place ({RoleModelInput.PositionLength}).");
        }

        VBuffer<float>[] weights = [];
        classifier.GetWeights(ref weights, out int classes);
        var biases = classifier.GetBiases().ToArray();
        var dense = new float[featureLength * classes];
        for (int k = 0; k < classes; k++)
        {
            int f = 0;
            foreach (float w in weights[k].DenseValues())
            {
                dense[(f * classes) + k] = w;
                f++;
            }
        }

        return LinearRoleModel.Create(tokens, columns, positionLength, dense, biases);

        int Id(string token)
        {
            if (!ids.TryGetValue(token, out int id))
            {
                id = tokens.Count;
                ids.Add(token, id);
                tokens.Add(token);
            }

            return id;
        }
    }

    /// <summary>
    /// The words of one slot name: ML.NET joins an n-gram's words with '|'. ModelText.Normalize makes every '|' a
    /// token of its own, so a '|' next to another is a word, and the name is split at the one that is not.
    /// </summary>
    internal static string[] Ngram(string name)
    {
        string[] words = name switch
        {
            "|" => ["|"],
            "|||" => ["|", "|"],
            _ when name.StartsWith("||", StringComparison.Ordinal) => ["|", name[2..]],
            _ when name.EndsWith("||", StringComparison.Ordinal) => [name[..^2], "|"],
            _ => name.Split('|'),
        };
        if (words.Length > 2 || words.Any(w => w.Length == 0 || w.Contains(' ', StringComparison.Ordinal) || (w != "|" && w.Contains('|', StringComparison.Ordinal))))
        {
            throw new InvalidOperationException($"The n-gram slot name \"{name}\" cannot be split into words.");
        }

        return words;
    }
}
