using System.Buffers;
using System.Collections.Frozen;

namespace ClaimCheck.Linking;

/// <summary>
/// The outcome a phrase names, as a set of terms: the outcome groups of the lexicon
/// (outcome-synonyms.txt) it mentions, and its own content words. Two phrases name the same outcome
/// when their sets share a term ("lung recovery" and "normal findings on computed tomography" share the
/// lung group).
/// </summary>
internal static class OutcomeTerms
{
    private static readonly Lazy<Lexicon> Groups = new(() => new Lexicon(Load()));

    private static readonly FrozenSet<string> Ignored = FrozenSet.ToFrozenSet(Lexicons.Lexicon.Load("outcome-stopwords.txt"), StringComparer.Ordinal);

    /// <summary>The terms of <paramref name="phrase"/>: "g:N" for each lexicon group mentioned, and its other content words (4+ letters).</summary>
    internal static HashSet<string> Of(string phrase)
    {
        string lower = phrase.ToLowerInvariant();
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var lexicon = Groups.Value;
        // One pass over the text for all lexicon entries at once, rather than one search per entry.
        var rest = lower.AsSpan();
        int offset = 0;
        while (rest.IndexOfAny(lexicon.Search) is var at and >= 0)
        {
            int position = offset + at;
            foreach (var (entry, group) in lexicon.ByFirstChar[lower[position]])
            {
                if (string.CompareOrdinal(lower, position, entry, 0, entry.Length) == 0 && IsWordAt(lower, position, entry.Length))
                {
                    terms.Add("g:" + group);
                }
            }

            offset = position + 1;
            rest = lower.AsSpan(offset);
        }

        foreach (var word in lower.Split([' ', ',', ';', ':', '.', '(', ')', '[', ']', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 4 && !Ignored.Contains(word) && word.Any(char.IsLetter))
            {
                terms.Add(word.Length > 6 ? word[..6] : word);
            }
        }

        return terms;
    }

    /// <summary>The terms two phrases share, with terms in <paramref name="common"/> (names of the intervention, say) left out.</summary>
    internal static IEnumerable<string> Shared(HashSet<string> a, HashSet<string> b, IReadOnlySet<string> common) => a.Intersect(b).Where(t => !common.Contains(t));

    /// <summary>True when the entry at <paramref name="at"/> starts a word and ends one (a plural "s" allowed).</summary>
    private static bool IsWordAt(string text, int at, int length)
    {
        bool startOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
        int end = at + length;
        bool endOk = end >= text.Length || !char.IsLetter(text[end]) || text[end] == 's';
        return startOk && endOk;
    }

    /// <summary>The lexicon's entries with a multi-string search over all of them and the entries by first character.</summary>
    private sealed class Lexicon
    {
        internal Lexicon((string Phrase, int Group)[] entries)
        {
            Search = SearchValues.Create(entries.Select(e => e.Phrase).Distinct().ToArray(), StringComparison.Ordinal);
            ByFirstChar = entries.GroupBy(e => e.Phrase[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        }

        internal SearchValues<string> Search { get; }

        internal FrozenDictionary<char, (string Phrase, int Group)[]> ByFirstChar { get; }
    }

    private static (string, int)[] Load()
    {
        var entries = new List<(string, int)>();
        int group = 0;
        foreach (var line in Lexicons.Lexicon.Load("outcome-synonyms.txt"))
        {
            foreach (var entry in line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                entries.Add((entry, group));
            }

            group++;
        }

        return [.. entries];
    }
}
