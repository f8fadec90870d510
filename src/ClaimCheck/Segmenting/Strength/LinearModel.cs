using System.IO.Compression;

namespace ClaimCheck.Segmenting.Strength;

/// <summary>
/// A multiclass linear model over hashed features, scored as a dot product and a softmax: the weights and biases of
/// an ML.NET maximum-entropy model, written out by tools/ClaimCheck.Train, so that prediction needs no ML.NET engine
/// (no per-call buffers, no pool, microseconds per sentence). The file also records which optional feature blocks the
/// model was trained with (<see cref="FeatureKinds"/>). Immutable once read; thread-safe.
/// </summary>
internal sealed class LinearModel
{
    /// <summary>The first four bytes of the file ("CCLM").</summary>
    internal const int Magic = 0x4D4C4343;

    private readonly float[] _weights;
    private readonly float[] _biases;

    /// <summary>A model over the features <paramref name="kinds"/> with <paramref name="weights"/> (slot-major: slot × classes + class) and <paramref name="biases"/>.</summary>
    internal LinearModel(FeatureKinds kinds, int buckets, float[] weights, float[] biases)
    {
        Features = kinds;
        Buckets = buckets;
        _weights = weights;
        _biases = biases;
    }

    /// <summary>The optional feature blocks the model reads.</summary>
    internal FeatureKinds Features { get; }

    /// <summary>The number of input slots.</summary>
    internal int Buckets { get; }

    /// <summary>The number of classes.</summary>
    internal int Classes => _biases.Length;

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a model.</exception>
    internal static LinearModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != 2)
        {
            throw new InvalidDataException("Not a linear model file (version 2).");
        }

        var kinds = (FeatureKinds)reader.ReadInt32();
        int buckets = reader.ReadInt32();
        int classes = reader.ReadInt32();
        var biases = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            biases[c] = reader.ReadSingle();
        }

        var weights = new float[buckets * classes];
        int rows = reader.ReadInt32();
        for (int r = 0; r < rows; r++)
        {
            int slot = reader.ReadInt32();
            for (int c = 0; c < classes; c++)
            {
                weights[(slot * classes) + c] = reader.ReadSingle();
            }
        }

        return new LinearModel(kinds, buckets, weights, biases);
    }

    /// <summary>Writes the model, gzipped, with only the slots that have a non-zero weight.</summary>
    internal void Write(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(2);
        writer.Write((int)Features);
        writer.Write(Buckets);
        writer.Write(Classes);
        foreach (float b in _biases)
        {
            writer.Write(b);
        }

        var used = Enumerable.Range(0, Buckets).Where(s => Enumerable.Range(0, Classes).Any(c => _weights[(s * Classes) + c] != 0)).ToList();
        writer.Write(used.Count);
        foreach (int slot in used)
        {
            writer.Write(slot);
            for (int c = 0; c < Classes; c++)
            {
                writer.Write(_weights[(slot * Classes) + c]);
            }
        }
    }

    /// <summary>The class probabilities of <paramref name="sentence"/>, over the features this model was trained with.</summary>
    internal float[] Probabilities(string sentence)
    {
        var (indices, values) = ClaimStrengthFeatures.Of(sentence, Features);
        return Probabilities(indices, values);
    }

    /// <summary>The class probabilities (softmax of the scores) for a sparse input.</summary>
    internal float[] Probabilities(int[] indices, float[] values)
    {
        var scores = (float[])_biases.Clone();
        for (int k = 0; k < indices.Length; k++)
        {
            int row = indices[k] * Classes;
            for (int c = 0; c < Classes; c++)
            {
                scores[c] += _weights[row + c] * values[k];
            }
        }

        float max = scores.Max();
        float sum = 0;
        for (int c = 0; c < Classes; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (int c = 0; c < Classes; c++)
        {
            scores[c] /= sum;
        }

        return scores;
    }
}
