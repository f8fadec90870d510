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

    private const int OutcomeWindow = 400;

    // Where an outcome phrase stops. The spaces are the logic (" in " is a word, "in" inside "increase" is not), so the
    // list stays in code rather than in a trimmed word list.
    private static readonly string[] PhraseStops = [",", ";", ".", " and ", " in ", " among ", " of patients", " for patients", " compared", " versus", " vs", " with "];

    // Words that, first after a claim, show that no outcome is named ("improvements were maintained").
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(Lexicons.Lexicon.Load("auxiliaries.txt"), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Ignored = FrozenSet.ToFrozenSet(Lexicons.Lexicon.Load("outcome-stopwords.txt"), StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IgnoredWords = Ignored.GetAlternateLookup<ReadOnlySpan<char>>();

    // What separates the words of a phrase.
    private static readonly SearchValues<char> WordSeparators = SearchValues.Create(" ,;:.()[]\"“”");

    /// <summary>The terms of <paramref name="phrase"/>: "g:N" for each lexicon group mentioned, and its other content words (4+ letters).</summary>
    internal static HashSet<string> Of(string phrase) => Of(phrase.AsSpan(), groups: true);

    /// <summary>The terms of the text at <paramref name="span"/> of <paramref name="source"/>.</summary>
    internal static HashSet<string> Of(Text.SourceText source, Text.TextSpan span) => Of(source.Text.AsSpan(span.Start, span.Length), groups: true);

    /// <summary>Terms in at least half the block's sentences (the intervention's name, the disease): they say nothing about which outcome.</summary>
    internal static HashSet<string> Common(Text.SourceText source, Documents.Block block)
    {
        var common = new HashSet<string>(StringComparer.Ordinal);
        if (block.Sentences.Length < 4)
        {
            return common;
        }

        // Only words count here, so the lexicon's groups are not looked for.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in block.Sentences)
        {
            foreach (var term in Of(source.Text.AsSpan(sentence.Span.Start, sentence.Span.Length), groups: false))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }

        foreach (var (term, count) in counts)
        {
            if (count * 2 >= block.Sentences.Length)
            {
                common.Add(term);
            }
        }

        return common;
    }

    private static HashSet<string> Of(ReadOnlySpan<char> phrase, bool groups)
    {
        // Lower-cased into a rented buffer rather than a new string: only the terms are copied.
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(phrase.Length, 1));
        try
        {
            var lower = buffer.AsSpan(0, phrase.Length);
            phrase.ToLowerInvariant(lower);
            var terms = new HashSet<string>(StringComparer.Ordinal);
            if (groups)
            {
                AddGroups(lower, terms);
            }

            // The words between separators, read in place: only a word that becomes a term is copied.
            var add = terms.GetAlternateLookup<ReadOnlySpan<char>>();
            var words = (ReadOnlySpan<char>)lower;
            while (!words.IsEmpty)
            {
                int stop = words.IndexOfAny(WordSeparators);
                var word = stop < 0 ? words : words[..stop];
                words = stop < 0 ? default : words[(stop + 1)..];
                if (word.Length >= 4 && !IgnoredWords.Contains(word) && HasLetter(word))
                {
                    add.Add(word.Length > 6 ? word[..6] : word);
                }
            }

            return terms;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Adds "g:N" for each lexicon group that <paramref name="lower"/> mentions, in one pass over the text for all entries.</summary>
    private static void AddGroups(ReadOnlySpan<char> lower, HashSet<string> terms)
    {
        var lexicon = Groups.Value;
        int offset = 0;
        while (lower[offset..].IndexOfAny(lexicon.Search) is var at and >= 0)
        {
            int position = offset + at;
            foreach (var (entry, group) in lexicon.ByFirstChar[lower[position]])
            {
                if (lower[position..].StartsWith(entry, StringComparison.Ordinal) && IsWordAt(lower, position, entry.Length))
                {
                    terms.Add(lexicon.GroupTerms[group]);
                }
            }

            offset = position + 1;
        }
    }

    /// <summary>
    /// The outcome a claim of benefit names: the words after it up to the next clause boundary ("may offer potential
    /// benefits" → "lung recovery"), or after its comparator ("more effective than X in relieving pain" → "relieving
    /// pain"); empty when no outcome follows ("improvements were maintained", "effective and well tolerated").
    /// </summary>
    /// <param name="source">The document's text.</param>
    /// <param name="from">Where the claim ends.</param>
    /// <param name="clause">The claim's clause: the outcome ends with it ("superior regarding MV but not PICU stay" is about MV).</param>
    internal static string PhraseAfter(Text.SourceText source, int from, Text.TextSpan clause)
    {
        // Read from a window of the clause: an outcome is a few words, and a clause of a million characters with a
        // statement every few words must not be copied once per statement.
        int to = Math.Min(clause.End, from + OutcomeWindow);
        string rest = source.Text[from..to];
        if (rest.StartsWith(" than ", StringComparison.Ordinal))
        {
            int at = rest.IndexOfAny([',', ';']) is var stop and >= 0 ? stop : rest.Length;
            int inAt = rest.IndexOf(" in ", StringComparison.Ordinal) is var i and >= 0 && i < at ? i : rest.IndexOf(" for ", StringComparison.Ordinal) is var f and >= 0 && f < at ? f : -1;
            rest = inAt >= 0 ? rest[inAt..] : string.Empty;
        }

        if (rest.StartsWith(" for ", StringComparison.Ordinal) || rest.StartsWith(" in ", StringComparison.Ordinal))
        {
            rest = rest[(rest.IndexOf(' ', 1) + 1)..];
        }

        int end = rest.Length;
        foreach (var stop in PhraseStops)
        {
            int at = rest.Length > 1 ? rest.IndexOf(stop, 1, StringComparison.Ordinal) : -1;
            if (at > 0 && at < end)
            {
                end = at;
            }
        }

        string phrase = rest[..end].Trim();
        phrase = phrase.StartsWith("the ", StringComparison.Ordinal) ? phrase[4..] : phrase;
        string first = phrase.Split(' ', 2)[0];
        return Auxiliaries.Contains(first) ? string.Empty : phrase;
    }

    /// <summary>The terms two phrases share, with terms in <paramref name="common"/> (names of the intervention, say) left out.</summary>
    internal static IEnumerable<string> Shared(HashSet<string> a, HashSet<string> b, IReadOnlySet<string> common) => a.Intersect(b).Where(t => !common.Contains(t));

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the entry at <paramref name="at"/> starts a word and ends one (a plural "s" allowed).</summary>
    private static bool IsWordAt(ReadOnlySpan<char> text, int at, int length)
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
            GroupTerms = [.. Enumerable.Range(0, entries.Length == 0 ? 0 : entries.Max(e => e.Group) + 1).Select(g => "g:" + g.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        }

        /// <summary>The term of each group ("g:N"), made once.</summary>
        internal string[] GroupTerms { get; }

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
