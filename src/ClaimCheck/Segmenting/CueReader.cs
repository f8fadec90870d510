using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Segmenting;

/// <summary>
/// Finds the cues of a clause (<see cref="CueKind"/>): every entry of the cue lexicons at a word start (ignoring case; an
/// entry ending in '*' matches any ending, any other must end at a word boundary), words ending in "n't", citation
/// markers ("[28-30]"), thresholds written "at the p &lt; .05 level" and quotation marks before a word. One pass over the
/// clause; the entries are looked up by the first letter of each word.
/// </summary>
internal static class CueReader
{
    private static readonly FrozenDictionary<char, (string Entry, bool Prefix, CueKind Kind)[]> ByFirstLetter = Lexicon.CueEntries
        .Select(e => (Entry: e.Entry.TrimEnd('*'), Prefix: e.Entry.EndsWith('*'), e.Kind))
        .GroupBy(e => e.Entry[0])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Entry.Length).ToArray());

    /// <summary>The cues of the clause at <paramref name="clause"/> in <paramref name="text"/>, in text order.</summary>
    internal static ImmutableArray<Cue> Read(string text, TextSpan clause)
    {
        var cues = ImmutableArray.CreateBuilder<Cue>();
        int previousWordStart = -1, previousWordEnd = -1;
        for (int i = clause.Start; i < clause.End; i++)
        {
            char c = text[i];
            if (c == '[' && CitationEnd(text, i, clause.End) is var close and > 0)
            {
                cues.Add(Plain(CueKind.PriorWork, TextSpan.FromBounds(i, close)));
                i = close - 1;
                continue;
            }

            if (c is '\'' or '‘' or '“' or '"' or '’' && i + 1 < clause.End && char.IsLetter(text[i + 1]))
            {
                cues.Add(Plain(CueKind.Quoted, new TextSpan(i, 1)));
                continue;
            }

            if (!char.IsLetter(c) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                continue;
            }

            int end = i;
            while (end < clause.End && (char.IsLetter(text[end]) || text[end] is '\'' or '’'))
            {
                end++;
            }

            ReadWordAt(text, clause, i, end, previousWordStart, previousWordEnd, cues);
            previousWordStart = i;
            previousWordEnd = end;
            i = end - 1;
        }

        // Most clauses have no cue or only a few: no copy for none, and none when the builder is exactly full.
        return cues.Count == 0 ? [] : cues.Count == cues.Capacity ? cues.MoveToImmutable() : cues.ToImmutable();
    }

    /// <summary>True when one of <paramref name="phrases"/> (lower case) starts at a word start in the span, ignoring case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="span">Where to look.</param>
    /// <param name="phrases">The phrases.</param>
    /// <param name="search">The same phrases as one case-insensitive search: only where it finds one are the word boundaries checked.</param>
    internal static bool MentionsAny(string text, TextSpan span, string[] phrases, SearchValues<string> search)
    {
        int i = span.Start;
        while (i < span.End)
        {
            int found = text.AsSpan(i, span.End - i).IndexOfAny(search);
            if (found < 0)
            {
                return false;
            }

            i += found;
            if (char.IsLetter(text[i]) && (i == span.Start || !char.IsLetter(text[i - 1])))
            {
                foreach (var phrase in phrases)
                {
                    if (Matches(text, i, span.End, phrase, prefix: false))
                    {
                        return true;
                    }
                }
            }

            i++;
        }

        return false;
    }

    private static void ReadWordAt(string text, TextSpan clause, int i, int wordEnd, int previousStart, int previousEnd, ImmutableArray<Cue>.Builder cues)
    {
        var word = text.AsSpan(i, wordEnd - i);
        if (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
        {
            cues.Add(new Cue(CueKind.Negated, TextSpan.FromBounds(i, wordEnd), TextSpan.FromBounds(i, clause.End)));
        }

        if (IsThresholdAt(text, i, clause.End, out int thresholdEnd))
        {
            cues.Add(Plain(CueKind.Threshold, TextSpan.FromBounds(i, thresholdEnd)));
        }

        if (word.Equals("level", StringComparison.OrdinalIgnoreCase) && PrecededByNumber(text, i, clause.Start))
        {
            // "p < .05 level": the number before "level" is a threshold.
            cues.Add(Plain(CueKind.Threshold, TextSpan.FromBounds(i, wordEnd)));
        }

        if (!ByFirstLetter.TryGetValue(char.ToLowerInvariant(text[i]), out var entries))
        {
            return;
        }

        // One cue per kind at a word: the longest entry (they are sorted longest first).
        Span<bool> found = stackalloc bool[32];
        foreach (var (entry, prefix, kind) in entries)
        {
            if (found[(int)kind] || !Matches(text, i, clause.End, entry, prefix))
            {
                continue;
            }

            found[(int)kind] = true;
            var span = prefix ? TextSpan.FromBounds(i, ExtendToWordEnd(text, i + entry.Length, clause.End)) : new TextSpan(i, entry.Length);
            switch (kind)
            {
                case CueKind.Negated:
                    cues.Add(new Cue(kind, span, TextSpan.FromBounds(i, clause.End)));
                    break;
                case CueKind.Exception:
                    int comma = text.IndexOf(',', span.End, clause.End - span.End);
                    cues.Add(new Cue(kind, span, TextSpan.FromBounds(i, comma >= 0 ? comma : clause.End)));
                    break;
                case CueKind.Change when previousStart >= 0 && Lexicon.QuantityWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(previousStart, previousEnd - previousStart))
                                         && IsOnlySpaces(text, previousEnd, i):
                    // "the mean reduction": a measured quantity, not a claim that something changed.
                    break;
                default:
                    cues.Add(Plain(kind, span));
                    break;
            }
        }

    }

    private static Cue Plain(CueKind kind, TextSpan span) => new(kind, span, span);

    private static bool Matches(string text, int at, int end, string entry, bool prefix)
    {
        int stop = at + entry.Length;
        return stop <= end
               && string.Compare(text, at, entry, 0, entry.Length, StringComparison.OrdinalIgnoreCase) == 0
               && (prefix || stop == end || !char.IsLetter(text[stop]));
    }

    private static int ExtendToWordEnd(string text, int from, int end)
    {
        while (from < end && char.IsLetter(text[from]))
        {
            from++;
        }

        return from;
    }

    private static bool IsOnlySpaces(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (text[k] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The end of a citation marker starting at '[' ("[5]", "[28-30]", "[3, 7–9]"), or 0 when none.</summary>
    private static int CitationEnd(string text, int open, int end)
    {
        bool digit = false;
        for (int k = open + 1; k < end && k < open + 40; k++)
        {
            char c = text[k];
            if (c == ']')
            {
                return digit ? k + 1 : 0;
            }

            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (c is not (',' or '-' or '–' or ' ' or ';'))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>"at the p &lt; .05", "at a P", "at α": a criterion about to be stated; the cue covers "at the".</summary>
    private static bool IsThresholdAt(string text, int at, int end, out int cueEnd)
    {
        cueEnd = at;
        if (!Matches(text, at, end, "at", prefix: false))
        {
            return false;
        }

        int k = at + 2;
        cueEnd = k;
        k = SkipSpaces(text, k, end);
        foreach (var article in (string[])["the", "a"])
        {
            if (Matches(text, k, end, article, prefix: false))
            {
                cueEnd = k + article.Length;
                k = SkipSpaces(text, cueEnd, end);
                break;
            }
        }

        return k < end && (text[k] is 'p' or 'P' or 'α' && (k + 1 == end || !char.IsLetter(text[k + 1])) || Matches(text, k, end, "alpha", prefix: false));
    }

    private static int SkipSpaces(string text, int k, int end)
    {
        while (k < end && text[k] == ' ')
        {
            k++;
        }

        return k;
    }

    private static bool PrecededByNumber(string text, int at, int start)
    {
        int k = at - 1;
        while (k >= start && text[k] == ' ')
        {
            k--;
        }

        return k >= start && char.IsAsciiDigit(text[k]);
    }
}
