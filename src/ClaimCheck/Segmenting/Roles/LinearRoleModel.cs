using System.IO.Compression;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ClaimCheck.Segmenting.Roles;

/// <summary>
/// The sentence-role model scored directly: the n-gram dictionaries and linear weights of the ML.NET model that
/// tools/ClaimCheck.Train fits (three <c>FeaturizeText</c> columns — the sentence's words and word pairs, the previous
/// and the next sentence's words, each term-frequency counted and L2-normalised — concatenated with the place, then a
/// maximum-entropy classifier), written out once by the tool. Scoring repeats ML.NET's arithmetic step by step, in the
/// same order, so that the probabilities are the same floats (tests/…/LinearRoleModelTests compares them on every
/// sentence of the corpus); prediction then needs neither ML.NET nor a prediction engine per sentence. Immutable once
/// read; thread-safe.
/// </summary>
internal sealed class LinearRoleModel
{
    /// <summary>The first four bytes of the file ("CCRM").</summary>
    internal const int Magic = 0x4D524343;

    private const int Version = 1;

    private readonly string[] _tokens;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _tokenIds;
    private readonly Column[] _columns;
    private readonly float[] _weights; // feature-major: feature × classes + class
    private readonly float[] _biases;
    private readonly int _positionOffset;

    /// <summary>A model over <paramref name="tokens"/>, with each n-gram column's slots given as token ids in reading order.</summary>
    /// <param name="tokens">Every token that some n-gram uses.</param>
    /// <param name="columns">The slots of the sentence, previous and next columns, in feature order; each slot one or two token ids.</param>
    /// <param name="positionLength">The length of the place vector that follows the n-gram columns.</param>
    /// <param name="weights">Feature-major weights (feature × classes + class).</param>
    /// <param name="biases">One bias per class.</param>
    internal LinearRoleModel(string[] tokens, int[][][] columns, int positionLength, float[] weights, float[] biases)
    {
        _tokens = tokens;
        var ids = new Dictionary<string, int>(tokens.Length, StringComparer.Ordinal);
        for (int i = 0; i < tokens.Length; i++)
        {
            ids.Add(tokens[i], i);
        }

        _tokenIds = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _columns = new Column[columns.Length];
        int offset = 0;
        for (int c = 0; c < columns.Length; c++)
        {
            _columns[c] = new Column(columns[c], offset, tokens.Length);
            offset += columns[c].Length;
        }

        _positionOffset = offset;
        PositionLength = positionLength;
        _weights = weights;
        _biases = biases;
        if (weights.Length != (offset + positionLength) * biases.Length)
        {
            throw new InvalidDataException("The role model's weights do not match its features.");
        }
    }

    /// <summary>The number of classes.</summary>
    internal int Classes => _biases.Length;

    /// <summary>The length of the place vector.</summary>
    internal int PositionLength { get; }

    /// <summary>The number of features: every n-gram slot of the three columns, then the place.</summary>
    internal int Features => _positionOffset + PositionLength;

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a model.</exception>
    internal static LinearRoleModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException($"Not a sentence-role model file (version {Version}).");
        }

        var tokens = new string[reader.ReadInt32()];
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i] = reader.ReadString();
        }

        var columns = new int[reader.ReadInt32()][][];
        for (int c = 0; c < columns.Length; c++)
        {
            var slots = new int[reader.ReadInt32()][];
            for (int s = 0; s < slots.Length; s++)
            {
                var ngram = new int[reader.ReadByte()];
                for (int k = 0; k < ngram.Length; k++)
                {
                    ngram[k] = reader.ReadInt32();
                }

                slots[s] = ngram;
            }

            columns[c] = slots;
        }

        int positionLength = reader.ReadInt32();
        var biases = new float[reader.ReadInt32()];
        for (int k = 0; k < biases.Length; k++)
        {
            biases[k] = reader.ReadSingle();
        }

        var weights = new float[reader.ReadInt32()];
        for (int k = 0; k < weights.Length; k++)
        {
            weights[k] = reader.ReadSingle();
        }

        return new LinearRoleModel(tokens, columns, positionLength, weights, biases);
    }

    /// <summary>Writes the model, gzipped.</summary>
    internal void Write(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(_tokens.Length);
        foreach (string token in _tokens)
        {
            writer.Write(token);
        }

        writer.Write(_columns.Length);
        foreach (var column in _columns)
        {
            writer.Write(column.Slots.Length);
            foreach (var ngram in column.Slots)
            {
                writer.Write((byte)ngram.Length);
                foreach (int id in ngram)
                {
                    writer.Write(id);
                }
            }
        }

        writer.Write(PositionLength);
        writer.Write(_biases.Length);
        foreach (float b in _biases)
        {
            writer.Write(b);
        }

        writer.Write(_weights.Length);
        foreach (float w in _weights)
        {
            writer.Write(w);
        }
    }

    /// <summary>The class probabilities of <paramref name="input"/>, indexed by <see cref="Documents.SentenceRole"/>.</summary>
    internal float[] Score(RoleModelInput input)
    {
        var (indices, values) = Featurize(input);
        var scores = new float[Classes];
        for (int c = 0; c < scores.Length; c++)
        {
            scores[c] = _biases[c] + Dot(c, indices, values);
        }

        Calibrate(scores);
        return scores;
    }

    /// <summary>
    /// The explicit entries of the sparse feature vector, as ML.NET's column concatenation gives them: each n-gram
    /// column's counts in slot order, L2-normalised, then every value of the place (zeros included: their number decides
    /// which lane of the vectorised dot product each later value falls into).
    /// </summary>
    internal (int[] Indices, float[] Values) Featurize(RoleModelInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Position.Length != PositionLength)
        {
            throw new ArgumentException($"The place vector must have {PositionLength} values.", nameof(input));
        }

        var counts = new List<(int Slot, int Count)>[_columns.Length];
        int total = PositionLength;
        string[] texts = [input.Text, input.Previous, input.Next];
        for (int c = 0; c < _columns.Length; c++)
        {
            counts[c] = _columns[c].Count(texts[c], _tokenIds);
            total += counts[c].Count;
        }

        var indices = new int[total];
        var values = new float[total];
        int k = 0;
        for (int c = 0; c < _columns.Length; c++)
        {
            var column = counts[c];
            if (column.Count == 0)
            {
                continue;
            }

            // LpNormNormalizing: the square root of the sum of squares (exact: the counts are small integers), taken in
            // double and rounded to float, then every value multiplied by its reciprocal.
            int sumOfSquares = 0;
            foreach (var (_, count) in column)
            {
                sumOfSquares += count * count;
            }

            float norm = (float)Math.Sqrt((float)sumOfSquares);
            float scale = 1f / norm;
            foreach (var (slot, count) in column)
            {
                indices[k] = _columns[c].Offset + slot;
                values[k] = count * scale;
                k++;
            }
        }

        for (int p = 0; p < PositionLength; p++)
        {
            indices[k] = _positionOffset + p;
            values[k] = input.Position[p];
            k++;
        }

        return (indices, values);
    }

    // ML.NET's multiclass logistic regression: the log-sum-exp of the scores (MathUtils.SoftMax), then each score's exp
    // less it, in the same mix of float and double.
    private static void Calibrate(float[] scores)
    {
        int maxIndex = 0;
        float max = float.NegativeInfinity;
        for (int i = 0; i < scores.Length; i++)
        {
            if (scores[i] > max)
            {
                maxIndex = i;
                max = scores[i];
            }
        }

        float logSum = max;
        if (!float.IsNegativeInfinity(max) && scores.Length > 1)
        {
            double intermediate = 0.0;
            float cutoff = max - 30;
            for (int i = 0; i < scores.Length; i++)
            {
                if (i != maxIndex && scores[i] > cutoff)
                {
                    intermediate += Math.Exp(scores[i] - max);
                }
            }

            if (intermediate > 0.0)
            {
                logSum = (float)(max + Math.Log(1.0 + intermediate));
            }
        }

        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = (float)Math.Exp(scores[i] - logSum);
        }
    }

    // ML.NET's CpuMath sparse dot product (DotSU), in its order of operations: with AVX, eight lanes at a time (fused
    // multiply-add where the processor has it) summed horizontally, then one block of four, then one at a time; with
    // SSE alone, four lanes; otherwise a plain loop. The same order gives the same rounding, hence the same floats.
    private float Dot(int c, int[] indices, float[] values)
    {
        int classes = _biases.Length;
        float[] w = _weights;
        int count = indices.Length;
        int k = 0;
        if (Avx.IsSupported)
        {
            var sum256 = Vector256<float>.Zero;
            for (; k + 8 <= count; k += 8)
            {
                var x = Vector256.Create(
                    w[(indices[k] * classes) + c],
                    w[(indices[k + 1] * classes) + c],
                    w[(indices[k + 2] * classes) + c],
                    w[(indices[k + 3] * classes) + c],
                    w[(indices[k + 4] * classes) + c],
                    w[(indices[k + 5] * classes) + c],
                    w[(indices[k + 6] * classes) + c],
                    w[(indices[k + 7] * classes) + c]);
                var y = Vector256.Create(values[k], values[k + 1], values[k + 2], values[k + 3], values[k + 4], values[k + 5], values[k + 6], values[k + 7]);
                sum256 = Fma.IsSupported ? Fma.MultiplyAdd(y, x, sum256) : Avx.Add(Avx.Multiply(x, y), sum256);
            }

            sum256 = Avx.HorizontalAdd(sum256, sum256);
            sum256 = Avx.HorizontalAdd(sum256, sum256);
            var padded = Sse.AddScalar(sum256.GetLower(), sum256.GetUpper());
            var sum128 = Vector128<float>.Zero;
            if (k + 4 <= count)
            {
                sum128 = Sse.Add(sum128, Sse.Multiply(Load4(c, indices, k), Vector128.Create(values[k], values[k + 1], values[k + 2], values[k + 3])));
                k += 4;
            }

            sum128 = Sum128(sum128);
            for (; k < count; k++)
            {
                sum128 = Sse.AddScalar(sum128, Sse.MultiplyScalar(Vector128.CreateScalar(w[(indices[k] * classes) + c]), Vector128.CreateScalar(values[k])));
            }

            return Sse.AddScalar(sum128, padded).ToScalar();
        }

        if (Sse.IsSupported)
        {
            var sum128 = Vector128<float>.Zero;
            for (; k + 4 <= count; k += 4)
            {
                sum128 = Sse.Add(sum128, Sse.Multiply(Load4(c, indices, k), Vector128.Create(values[k], values[k + 1], values[k + 2], values[k + 3])));
            }

            sum128 = Sum128(sum128);
            for (; k < count; k++)
            {
                sum128 = Sse.AddScalar(sum128, Sse.MultiplyScalar(Vector128.CreateScalar(w[(indices[k] * classes) + c]), Vector128.CreateScalar(values[k])));
            }

            return sum128.ToScalar();
        }

        float result = 0;
        for (; k < count; k++)
        {
            result += w[(indices[k] * classes) + c] * values[k];
        }

        return result;
    }

    private Vector128<float> Load4(int c, int[] indices, int k)
    {
        int classes = _biases.Length;
        return Vector128.Create(
            _weights[(indices[k] * classes) + c],
            _weights[(indices[k + 1] * classes) + c],
            _weights[(indices[k + 2] * classes) + c],
            _weights[(indices[k + 3] * classes) + c]);
    }

    private static Vector128<float> Sum128(Vector128<float> v)
    {
        if (Sse3.IsSupported)
        {
            v = Sse3.HorizontalAdd(v, v);
            return Sse3.HorizontalAdd(v, v);
        }

        v = Sse.Add(v, Sse.MoveHighToLow(v, v));
        return Sse.Add(v, Sse.Shuffle(v, v, 0xb1));
    }

    /// <summary>One n-gram column: its slots and where they start in the feature vector.</summary>
    private sealed class Column
    {
        private readonly int[] _unigrams; // token id → slot, -1 for none
        private readonly Dictionary<long, int> _bigrams = [];

        internal Column(int[][] slots, int offset, int tokenCount)
        {
            Slots = slots;
            Offset = offset;
            _unigrams = new int[tokenCount];
            Array.Fill(_unigrams, -1);
            for (int s = 0; s < slots.Length; s++)
            {
                var ngram = slots[s];
                switch (ngram.Length)
                {
                    case 1:
                        _unigrams[ngram[0]] = s;
                        break;
                    case 2:
                        _bigrams.Add(Pair(ngram[0], ngram[1]), s);
                        break;
                    default:
                        throw new InvalidDataException("The sentence-role model holds an n-gram longer than two words.");
                }
            }
        }

        internal int[][] Slots { get; }

        internal int Offset { get; }

        /// <summary>
        /// The count of each slot in <paramref name="text"/>, in slot order. Tokens are split at spaces (ML.NET's word
        /// tokenizer); a token the model does not know stands between its neighbours, so that they do not make a pair
        /// (ML.NET keeps it in the n-gram window as a missing key).
        /// </summary>
        internal List<(int Slot, int Count)> Count(string text, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> tokenIds)
        {
            var slots = new List<int>();
            int previous = -1;
            int i = 0;
            while (i < text.Length)
            {
                if (text[i] == ' ')
                {
                    i++;
                    continue;
                }

                int end = text.IndexOf(' ', i);
                if (end < 0)
                {
                    end = text.Length;
                }

                int id = tokenIds.TryGetValue(text.AsSpan(i, end - i), out int known) ? known : -1;
                if (id >= 0)
                {
                    if (_unigrams[id] >= 0)
                    {
                        slots.Add(_unigrams[id]);
                    }

                    if (previous >= 0 && _bigrams.TryGetValue(Pair(previous, id), out int pair))
                    {
                        slots.Add(pair);
                    }
                }

                previous = id;
                i = end;
            }

            slots.Sort();
            var counts = new List<(int Slot, int Count)>(slots.Count);
            foreach (int slot in slots)
            {
                if (counts.Count > 0 && counts[^1].Slot == slot)
                {
                    counts[^1] = (slot, counts[^1].Count + 1);
                }
                else
                {
                    counts.Add((slot, 1));
                }
            }

            return counts;
        }

        private static long Pair(int first, int second) => ((long)first << 32) | (uint)second;
    }
}
