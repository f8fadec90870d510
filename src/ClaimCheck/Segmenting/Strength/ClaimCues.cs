using System.Collections.Frozen;
using System.Reflection;

using ClaimCheck.Segmenting.Roles;

namespace ClaimCheck.Segmenting.Strength;

/// <summary>
/// The word lists of claim strength (Lexicons/claim-*.txt), one list per idea: hedges, causal verbs, words of
/// correlation, advice, subgroups and negations. They are read over <see cref="ModelText.Normalize"/>d tokens; an entry of
/// several words matches them in a row. Loaded once, on first use; immutable and thread-safe.
/// </summary>
internal static class ClaimCues
{
    private static readonly Lazy<Cue[]> All = new(() =>
    [
        new Cue(CueKind.Hedge, Load("claim-hedges.txt")),
        new Cue(CueKind.Causal, Load("claim-causal-verbs.txt")),
        new Cue(CueKind.Association, Load("claim-association.txt")),
        new Cue(CueKind.Advice, Load("claim-advice.txt")),
        new Cue(CueKind.Subgroup, Load("claim-subgroups.txt")),
        new Cue(CueKind.Negation, Load("claim-negations.txt")),
    ]);

    /// <summary>What a list stands for.</summary>
    internal enum CueKind
    {
        /// <summary>No cue.</summary>
        None = 0,

        /// <summary>A hedge ("may", "suggests").</summary>
        Hedge,

        /// <summary>A causal verb ("reduces", "leads to").</summary>
        Causal,

        /// <summary>A word of correlation ("associated", "linked").</summary>
        Association,

        /// <summary>Advice ("should", "recommended").</summary>
        Advice,

        /// <summary>A subgroup ("women", "subgroup").</summary>
        Subgroup,

        /// <summary>A negation ("not", "no", "failed to").</summary>
        Negation,
    }

    /// <summary>
    /// The cue of each token of <paramref name="tokens"/> (None where there is none): the first list, in the order
    /// above, with an entry that starts at the token; the tokens an entry of several words covers share its cue.
    /// </summary>
    internal static CueKind[] Mark(IReadOnlyList<string> tokens)
    {
        var marks = new CueKind[tokens.Count];
        foreach (var (kind, start, length) in Matches(tokens))
        {
            marks.AsSpan(start, length).Fill(kind);
        }

        return marks;
    }

    /// <summary>The entries of <paramref name="kind"/> found in <paramref name="tokens"/>, each joined by spaces ("non - smokers", "those without"), in order.</summary>
    internal static List<string> Entries(IReadOnlyList<string> tokens, CueKind kind)
        => [.. Matches(tokens).Where(m => m.Kind == kind).Select(m => string.Join(' ', tokens.Skip(m.Start).Take(m.Length)))];

    /// <summary>Each entry found, left to right: at each token the first list, in the order above, with an entry starting there (its longest); the tokens it covers are passed over.</summary>
    private static List<(CueKind Kind, int Start, int Length)> Matches(IReadOnlyList<string> tokens)
    {
        var found = new List<(CueKind, int, int)>();
        for (int i = 0; i < tokens.Count; i++)
        {
            foreach (var cue in All.Value)
            {
                if (cue.MatchAt(tokens, i) is var length and > 0)
                {
                    found.Add((cue.Kind, i, length));
                    i += length - 1;
                    break;
                }
            }
        }

        return found;
    }

    private static string[][] Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ClaimCheck.Lexicons." + name)
            ?? throw new InvalidOperationException($"Embedded lexicon {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var entries = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                // Normalised as the tokens are, so that "non-smokers" matches "non - smokers".
                entries.Add(ModelText.Normalize(line).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return [.. entries];
    }

    /// <summary>One list, its entries keyed by their first word.</summary>
    private sealed class Cue(CueKind kind, string[][] entries)
    {
        private readonly FrozenDictionary<string, string[][]> _byFirst = entries.GroupBy(e => e[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Length).ToArray(), StringComparer.Ordinal);

        internal CueKind Kind { get; } = kind;

        /// <summary>The number of tokens the longest entry starting at <paramref name="at"/> covers; 0 when none.</summary>
        internal int MatchAt(IReadOnlyList<string> tokens, int at)
        {
            if (!_byFirst.TryGetValue(tokens[at], out var candidates))
            {
                return 0;
            }

            foreach (var entry in candidates)
            {
                if (at + entry.Length <= tokens.Count && Enumerable.Range(1, entry.Length - 1).All(k => tokens[at + k] == entry[k]))
                {
                    return entry.Length;
                }
            }

            return 0;
        }
    }
}
