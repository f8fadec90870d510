using ClaimCheck.Segmenting.Roles;

namespace ClaimCheck.Segmenting.Strength;

/// <summary>
/// The features of the claim-strength model, which training (tools/ClaimCheck.Train) and prediction share. Always: the
/// sentence's word 1–3-grams over <see cref="ModelText.Normalize"/>d tokens, 1–2-grams of crude stems, the same 2–3-grams
/// with each cue word replaced by its list (<see cref="ClaimCues"/>: "may @causal" covers "may reduce" and "may shorten"
/// alike), and which lists occur and in what order. Optional blocks (<see cref="FeatureKinds"/>, chosen by
/// cross-validation in training and recorded in the model file): character n-grams of the words, word pairs a few
/// words apart, and the sentence's edges. Each feature is hashed (FNV-1a, stable across runs and platforms) into one of
/// <see cref="Buckets"/> slots; the words are scaled to unit length, each further block to half of it, and the whole to unit length. Pure
/// functions; thread-safe.
/// </summary>
internal static class ClaimStrengthFeatures
{
    /// <summary>Log2 of the number of hash slots.</summary>
    internal const int Bits = 18;

    /// <summary>The number of hash slots (the model's input length).</summary>
    internal const int Buckets = 1 << Bits;

    /// <summary>The hashed features of <paramref name="sentence"/> with the blocks of <paramref name="kinds"/>: ascending slot indices and their values (unit length).</summary>
    internal static (int[] Indices, float[] Values) Of(string sentence, FeatureKinds kinds)
    {
        var tokens = Tokens(sentence);
        var total = Words(tokens);
        if (kinds.HasFlag(FeatureKinds.Edges))
        {
            Edges(total, sentence, tokens);
        }

        // The words at unit length, each further block at a fraction of it, so that a block with many features
        // (characters) adds to the words without drowning them.
        Scale(total, 1);
        if (kinds.HasFlag(FeatureKinds.Characters))
        {
            AddBlock(total, Characters(tokens));
        }

        if (kinds.HasFlag(FeatureKinds.WordPairs))
        {
            AddBlock(total, WordPairs(tokens));
        }

        var indices = total.Keys.Order().ToArray();
        float length = MathF.Sqrt(total.Values.Sum(v => v * v));
        return (indices, [.. indices.Select(i => total[i] / length)]);
    }

    /// <summary>The weight of a further block against the words' (each at unit length before).</summary>
    private const float BlockWeight = 0.5f;

    /// <summary>The normalised tokens of <paramref name="text"/>.</summary>
    internal static string[] Tokens(string text) => ModelText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Word and stem n-grams, cue-replaced n-grams, the cue lists present and their order, and a bias.</summary>
    private static Dictionary<int, float> Words(string[] tokens)
    {
        var marks = ClaimCues.Mark(tokens);
        var counts = new Dictionary<int, float>();
        var words = new List<string>(tokens.Length + 2) { "<s>" };
        words.AddRange(tokens);
        words.Add("</s>");
        var cued = new List<string>(words.Count) { "<s>" };
        for (int i = 0; i < tokens.Length; i++)
        {
            cued.Add(marks[i] == ClaimCues.CueKind.None ? tokens[i] : "@" + marks[i]);
        }

        cued.Add("</s>");
        var stems = words.Select(Stem).ToList();
        for (int n = 1; n <= 3; n++)
        {
            for (int i = 0; i + n <= words.Count; i++)
            {
                Add(counts, "w" + n, words, i, n);
                if (n < 3)
                {
                    Add(counts, "s" + n, stems, i, n);
                }

                if (n > 1 && Enumerable.Range(i, n).Any(k => cued[k].StartsWith('@')))
                {
                    Add(counts, "c" + n, cued, i, n);
                }
            }
        }

        var order = marks.Where(m => m != ClaimCues.CueKind.None).Distinct().ToList();
        foreach (var kind in order)
        {
            Add(counts, "k|" + kind);
        }

        for (int a = 0; a < order.Count; a++)
        {
            for (int b = a + 1; b < order.Count; b++)
            {
                Add(counts, "p|" + order[a] + ">" + order[b]);
            }
        }

        Add(counts, "bias");
        return counts;
    }

    /// <summary>Character 3–5-grams inside each word, its boundaries marked ("&lt;redu", "ced&gt;"): forms and spellings the words do not share.</summary>
    private static Dictionary<int, float> Characters(string[] tokens)
    {
        var counts = new Dictionary<int, float>();
        foreach (string token in tokens)
        {
            string word = "<" + token + ">";
            for (int n = 3; n <= 5; n++)
            {
                for (int i = 0; i + n <= word.Length; i++)
                {
                    Count(counts, Fnv(Fnv(2166136261, "ch"), word.AsSpan(i, n)));
                }
            }
        }

        if (counts.Count == 0)
        {
            Add(counts, "ch|none");
        }

        return counts;
    }

    /// <summary>Pairs of words two to four apart ("associated … risk", "significantly … reduced"), with the gap left out.</summary>
    private static Dictionary<int, float> WordPairs(string[] tokens)
    {
        var counts = new Dictionary<int, float>();
        for (int i = 0; i < tokens.Length; i++)
        {
            for (int gap = 2; gap <= 4 && i + gap < tokens.Length; gap++)
            {
                Add(counts, "wp|" + tokens[i] + "|" + tokens[i + gap]);
            }
        }

        if (counts.Count == 0)
        {
            Add(counts, "wp|none");
        }

        return counts;
    }

    /// <summary>Adds the sentence's first two words, its last word, whether it ends with a full stop (a headline does not), and its length by powers of two.</summary>
    private static void Edges(Dictionary<int, float> counts, string sentence, string[] tokens)
    {
        Add(counts, "e|first|" + string.Join(' ', tokens.Take(2)));
        Add(counts, "e|last|" + tokens.LastOrDefault(t => char.IsLetterOrDigit(t[0])));
        Add(counts, "e|stop|" + sentence.TrimEnd().EndsWith('.'));
        Add(counts, "e|length|" + (int)Math.Log2(tokens.Length + 1));
    }

    /// <summary>Scales <paramref name="counts"/> to length <paramref name="length"/>.</summary>
    private static void Scale(Dictionary<int, float> counts, float length)
    {
        float norm = MathF.Sqrt(counts.Values.Sum(v => v * v));
        foreach (int slot in counts.Keys)
        {
            counts[slot] = counts[slot] / norm * length;
        }
    }

    /// <summary>Adds <paramref name="block"/>, scaled to <see cref="BlockWeight"/>, to <paramref name="total"/>.</summary>
    private static void AddBlock(Dictionary<int, float> total, Dictionary<int, float> block)
    {
        Scale(block, BlockWeight);
        foreach (var (slot, value) in block)
        {
            total[slot] = total.GetValueOrDefault(slot) + value;
        }
    }

    /// <summary>A crude stem ("reduced", "reduces", "reducing" → "reduc"), so that one form teaches the others.</summary>
    private static string Stem(string word)
    {
        foreach (string suffix in (ReadOnlySpan<string>)["ing", "ed", "es", "s", "e"])
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static void Add(Dictionary<int, float> counts, string prefix, List<string> words, int start, int length)
    {
        uint hash = Fnv(2166136261, prefix);
        for (int k = start; k < start + length; k++)
        {
            hash = Fnv(Fnv(hash, "\u0001"), words[k]);
        }

        Count(counts, hash);
    }

    private static void Add(Dictionary<int, float> counts, string feature) => Count(counts, Fnv(2166136261, feature));

    private static void Count(Dictionary<int, float> counts, uint hash)
    {
        int slot = (int)(hash & (Buckets - 1));
        counts[slot] = counts.GetValueOrDefault(slot) + 1;
    }

    private static uint Fnv(uint hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
