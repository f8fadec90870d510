using ClaimCheck.Segmenting.Roles;

namespace ClaimCheck.Segmenting.Strength;

/// <summary>
/// The features of the claim-strength model, which training (tools/ClaimCheck.Train) and prediction share: the
/// sentence's word 1–3-grams over <see cref="ModelText.Normalize"/>d tokens, 1–2-grams of crude stems, the same 2–3-grams with each cue word
/// replaced by its list (<see cref="ClaimCues"/>: "may @causal" covers "may reduce" and "may shorten" alike), and which
/// lists occur and in what order. Each feature is hashed (FNV-1a, stable across runs and platforms) into one of
/// <see cref="Buckets"/> slots; the vector is scaled to unit length. Pure functions; thread-safe.
/// </summary>
internal static class ClaimStrengthFeatures
{
    /// <summary>Log2 of the number of hash slots.</summary>
    internal const int Bits = 18;

    /// <summary>The number of hash slots (the model's input length).</summary>
    internal const int Buckets = 1 << Bits;

    /// <summary>The hashed features of <paramref name="sentence"/>: ascending slot indices and their values (unit length).</summary>
    internal static (int[] Indices, float[] Values) Of(string sentence)
    {
        var tokens = Tokens(sentence);
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
        var indices = counts.Keys.Order().ToArray();
        float norm = MathF.Sqrt(counts.Values.Sum(v => v * v));
        return (indices, [.. indices.Select(i => counts[i] / norm)]);
    }

    /// <summary>The normalised tokens of <paramref name="text"/>.</summary>
    internal static string[] Tokens(string text) => ModelText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

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

    private static uint Fnv(uint hash, string text)
    {
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
