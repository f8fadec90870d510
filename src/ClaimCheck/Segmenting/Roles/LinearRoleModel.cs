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

    private const int Version = 2;

    private readonly char[] _chars; // every token's characters, one after another
    private readonly int[] _starts; // token id → where its characters start in _chars (and one past the last)
    private readonly int[] _tokenTable; // open addressing: token id + 1, 0 for an empty cell
    private readonly int _tokenMask;
    private readonly int[][] _slotPairs; // per column: slot × 2 → the slot's first and second token ids (-1: a single word)
    private readonly int[] _unigrams; // token id × columns + column → slot, -1 for none
    private readonly long[] _bigramKeys; // open addressing over (column, first, second); 0 for an empty cell
    private readonly int[] _bigramSlots;
    private readonly int _bigramMask;
    private readonly int[] _offsets; // per column: where its slots start among the features
    private readonly float[] _weights; // feature-major: feature × classes + class
    private readonly float[] _biases;
    private readonly int _positionOffset;

    [ThreadStatic]
    private static List<int>? t_slots;

    /// <summary>A model over the tokens <paramref name="chars"/> (token i is chars[starts[i]..starts[i + 1]]).</summary>
    /// <param name="chars">Every token's characters, one after another.</param>
    /// <param name="starts">Where each token starts, and one past the last.</param>
    /// <param name="slotPairs">Per n-gram column (sentence, previous, next, in feature order): each slot's first and second token ids (-1 for a single word).</param>
    /// <param name="positionLength">The length of the place vector that follows the n-gram columns.</param>
    /// <param name="weights">Feature-major weights (feature × classes + class).</param>
    /// <param name="biases">One bias per class.</param>
    /// <exception cref="InvalidDataException">The parts do not fit together.</exception>
    private LinearRoleModel(char[] chars, int[] starts, int[][] slotPairs, int positionLength, float[] weights, float[] biases)
    {
        _chars = chars;
        _starts = starts;
        _slotPairs = slotPairs;
        PositionLength = positionLength;
        _weights = weights;
        _biases = biases;
        int tokens = starts.Length - 1;
        if (tokens < 0 || starts[0] != 0 || starts[^1] != chars.Length)
        {
            throw new InvalidDataException("The role model's token table is malformed.");
        }

        _tokenMask = TableSize(tokens) - 1;
        _tokenTable = new int[_tokenMask + 1];
        for (int id = 0; id < tokens; id++)
        {
            int cell = Hash(chars.AsSpan(starts[id], starts[id + 1] - starts[id])) & _tokenMask;
            while (_tokenTable[cell] != 0)
            {
                cell = (cell + 1) & _tokenMask;
            }

            _tokenTable[cell] = id + 1;
        }

        int columns = slotPairs.Length;
        _offsets = new int[columns];
        _unigrams = new int[tokens * columns];
        Array.Fill(_unigrams, -1);
        int offset = 0;
        int bigrams = 0;
        for (int c = 0; c < columns; c++)
        {
            _offsets[c] = offset;
            offset += slotPairs[c].Length / 2;
            for (int k = 1; k < slotPairs[c].Length; k += 2)
            {
                bigrams += slotPairs[c][k] >= 0 ? 1 : 0;
            }
        }

        _positionOffset = offset;
        _bigramMask = TableSize(bigrams) - 1;
        _bigramKeys = new long[_bigramMask + 1];
        _bigramSlots = new int[_bigramMask + 1];
        for (int c = 0; c < columns; c++)
        {
            var pairs = slotPairs[c];
            for (int slot = 0; slot < pairs.Length / 2; slot++)
            {
                int first = pairs[2 * slot];
                int second = pairs[(2 * slot) + 1];
                if ((uint)first >= (uint)tokens || second >= tokens)
                {
                    throw new InvalidDataException("The role model names a token it does not hold.");
                }

                if (second < 0)
                {
                    _unigrams[(first * columns) + c] = slot;
                    continue;
                }

                long key = BigramKey(c, first, second);
                int cell = BigramCell(key);
                while (_bigramKeys[cell] != 0)
                {
                    cell = (cell + 1) & _bigramMask;
                }

                _bigramKeys[cell] = key;
                _bigramSlots[cell] = slot;
            }
        }

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

    /// <summary>A model over <paramref name="tokens"/>, with each n-gram column's slots given as token ids in reading order.</summary>
    /// <param name="tokens">Every token that some n-gram uses.</param>
    /// <param name="columns">The slots of the sentence, previous and next columns, in feature order; each slot one or two token ids.</param>
    /// <param name="positionLength">The length of the place vector that follows the n-gram columns.</param>
    /// <param name="weights">Feature-major weights (feature × classes + class).</param>
    /// <param name="biases">One bias per class.</param>
    /// <exception cref="InvalidDataException">An n-gram is longer than two words, or the parts do not fit together.</exception>
    internal static LinearRoleModel Create(IReadOnlyList<string> tokens, int[][][] columns, int positionLength, float[] weights, float[] biases)
    {
        var starts = new int[tokens.Count + 1];
        for (int i = 0; i < tokens.Count; i++)
        {
            starts[i + 1] = starts[i] + tokens[i].Length;
        }

        var pairs = new int[columns.Length][];
        for (int c = 0; c < columns.Length; c++)
        {
            pairs[c] = new int[columns[c].Length * 2];
            for (int s = 0; s < columns[c].Length; s++)
            {
                var ngram = columns[c][s];
                if (ngram.Length is not (1 or 2))
                {
                    throw new InvalidDataException("The sentence-role model holds an n-gram that is not one or two words.");
                }

                pairs[c][2 * s] = ngram[0];
                pairs[c][(2 * s) + 1] = ngram.Length == 2 ? ngram[1] : -1;
            }
        }

        return new LinearRoleModel(string.Concat(tokens).ToCharArray(), starts, pairs, positionLength, weights, biases);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a model.</exception>
    internal static LinearRoleModel Read(Stream stream)
    {
        // One decompression into memory, then whole arrays copied out of it: no per-value calls on the gzip stream.
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress))
        {
            gzip.CopyTo(buffer);
        }

        byte[] data = buffer.GetBuffer();
        int length = (int)buffer.Length;
        int at = 0;
        if (Int() != Magic || Int() != Version)
        {
            throw new InvalidDataException($"Not a sentence-role model file (version {Version}).");
        }

        var chars = Array<char>(Int());
        var starts = Array<int>(Int());
        var pairs = new int[Int()][];
        for (int c = 0; c < pairs.Length; c++)
        {
            pairs[c] = Array<int>(Int());
        }

        int positionLength = Int();
        var biases = Array<float>(Int());
        var weights = Array<float>(Int());
        return new LinearRoleModel(chars, starts, pairs, positionLength, weights, biases);

        int Int() => Array<int>(1)[0];

        T[] Array<T>(int count)
            where T : unmanaged
        {
            int size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
            if (count < 0 || (long)count * size > length - at)
            {
                throw new InvalidDataException("The sentence-role model file is truncated.");
            }

            var values = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, T>(data.AsSpan(at, count * size)).ToArray();
            at += count * size;
            if (!BitConverter.IsLittleEndian)
            {
                System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).Reverse();
                System.Array.Reverse(values);
            }

            return values;
        }
    }

    /// <summary>Writes the model, gzipped (little-endian).</summary>
    internal void Write(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(_chars.Length);
        foreach (char ch in _chars)
        {
            writer.Write((ushort)ch);
        }

        Ints(_starts);
        writer.Write(_slotPairs.Length);
        foreach (var pairs in _slotPairs)
        {
            Ints(pairs);
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

        void Ints(int[] values)
        {
            writer.Write(values.Length);
            foreach (int v in values)
            {
                writer.Write(v);
            }
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

        // Each column's slots, counted: the slots of all three are gathered into one list, column after column.
        var slots = t_slots ??= [];
        slots.Clear();
        Span<int> ends = stackalloc int[_slotPairs.Length];
        string[] texts = [input.Text, input.Previous, input.Next];
        for (int c = 0; c < _slotPairs.Length; c++)
        {
            int from = slots.Count;
            AddSlots(texts[c], c, slots);
            slots.Sort(from, slots.Count - from, null);
            ends[c] = slots.Count;
        }

        int distinct = 0;
        for (int k = 0; k < slots.Count; k++)
        {
            distinct += k == 0 || slots[k] != slots[k - 1] || IsColumnStart(ends, k) ? 1 : 0;
        }

        var indices = new int[distinct + PositionLength];
        var values = new float[distinct + PositionLength];
        int at = 0;
        int begin = 0;
        for (int c = 0; c < _slotPairs.Length; c++)
        {
            // LpNormNormalizing: the square root of the sum of squares (exact: the counts are small integers), taken in
            // double and rounded to float, then every value multiplied by its reciprocal.
            int first = at;
            int sumOfSquares = 0;
            for (int k = begin; k < ends[c];)
            {
                int slot = slots[k];
                int count = 0;
                while (k < ends[c] && slots[k] == slot)
                {
                    count++;
                    k++;
                }

                indices[at] = _offsets[c] + slot;
                values[at] = count;
                sumOfSquares += count * count;
                at++;
            }

            if (at > first)
            {
                float scale = 1f / (float)Math.Sqrt((float)sumOfSquares);
                for (int k = first; k < at; k++)
                {
                    values[k] *= scale;
                }
            }

            begin = ends[c];
        }

        for (int p = 0; p < PositionLength; p++)
        {
            indices[at] = _positionOffset + p;
            values[at] = input.Position[p];
            at++;
        }

        return (indices, values);
    }

    private static bool IsColumnStart(ReadOnlySpan<int> ends, int k)
    {
        foreach (int end in ends)
        {
            if (end == k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the slot of every n-gram of <paramref name="text"/> in column <paramref name="column"/>. Tokens are split at
    /// spaces (ML.NET's word tokenizer); a token the model does not know stands between its neighbours, so that they do
    /// not make a pair (ML.NET keeps it in the n-gram window as a missing key).
    /// </summary>
    private void AddSlots(string text, int column, List<int> slots)
    {
        int columns = _slotPairs.Length;
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

            int id = TokenId(text.AsSpan(i, end - i));
            if (id >= 0)
            {
                int unigram = _unigrams[(id * columns) + column];
                if (unigram >= 0)
                {
                    slots.Add(unigram);
                }

                if (previous >= 0 && Bigram(column, previous, id) is int pair and >= 0)
                {
                    slots.Add(pair);
                }
            }

            previous = id;
            i = end;
        }
    }

    private int TokenId(ReadOnlySpan<char> token)
    {
        int cell = Hash(token) & _tokenMask;
        while (true)
        {
            int entry = _tokenTable[cell];
            if (entry == 0)
            {
                return -1;
            }

            int id = entry - 1;
            if (token.SequenceEqual(_chars.AsSpan(_starts[id], _starts[id + 1] - _starts[id])))
            {
                return id;
            }

            cell = (cell + 1) & _tokenMask;
        }
    }

    private int Bigram(int column, int first, int second)
    {
        long key = BigramKey(column, first, second);
        int cell = BigramCell(key);
        while (true)
        {
            long entry = _bigramKeys[cell];
            if (entry == key)
            {
                return _bigramSlots[cell];
            }

            if (entry == 0)
            {
                return -1;
            }

            cell = (cell + 1) & _bigramMask;
        }
    }

    // Never 0 (the empty cell): the column is stored plus one.
    private static long BigramKey(int column, int first, int second) => ((long)(column + 1) << 58) | ((long)first << 29) | (uint)second;

    private int BigramCell(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 32) & _bigramMask;

    // FNV-1a over the characters: fixed, so that the table is the same in every process.
    private static int Hash(ReadOnlySpan<char> token)
    {
        uint h = 2166136261;
        foreach (char ch in token)
        {
            h = (h ^ ch) * 16777619;
        }

        return (int)(h ^ (h >> 15));
    }

    // A power of two at least twice the entries: probe sequences stay short.
    private static int TableSize(int entries) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2 * entries, 16));


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
}
