using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Segmenting;

/// <summary>
/// A sentence cut at its contrasts: "A improved (p = .01), but B did not differ" is two statements, and
/// wording in one half says nothing about the numbers of the other. Cuts are made at "but", "whereas",
/// "while", "although", "though", "however", "except", "yet", "unlike", "in contrast" and semicolons (Lexicons/clause-contrasts.txt),
/// never inside brackets (a result's "(23% vs 11%; HR 2.18 …)" stays whole); a sentence that opens
/// with "Although …," / "While …," / "Except for …," is cut at the comma that ends the opening clause. A sentence is
/// also cut before the "and" of ", and" when both sides are clauses of their own: a finite verb
/// (<see cref="Lexicon.ClauseVerbs"/>) in the words before it and, after "and", a subject then a verb before the next
/// comma ("A was associated with B, | and C reduced D"); a list ("nausea, rash, and headache were reported") or a verb
/// with no subject of its own ("pain fell, and improved sleep") stays whole.
/// Scanning is one pass over the sentence.
/// </summary>
internal static class ClauseSplitter
{
    private static string[] Contrasts => Lexicon.ClauseContrasts;

    private static string[] Openers => Lexicon.ClauseOpeners;

    /// <summary>The clauses of the sentence at <paramref name="sentence"/> in <paramref name="text"/>, in order, covering it.</summary>
    internal static List<TextSpan> Of(string text, TextSpan sentence)
    {
        var cuts = new List<int> { sentence.Start };
        int depth = 0;
        bool opener = FirstWordIn(text, sentence, Openers);
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            char c = text[i];
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth > 0)
            {
                continue;
            }
            else if (c == ';')
            {
                cuts.Add(i + 1);
            }
            else if (c == ',' && opener)
            {
                // "Although A (p = .04), B was similar": the opening clause ends at its first comma.
                cuts.Add(i + 1);
                opener = false;
            }
            else if (c == ',' && AndClauseAt(text, i, cuts[^1], sentence.End) is var andAt and > 0)
            {
                cuts.Add(andAt);
            }
            else if (char.IsLetter(c) && (i == sentence.Start || !char.IsLetter(text[i - 1])) && i > sentence.Start
                     && Contrasts.Any(w => StartsWord(text, i, sentence.End, w)))
            {
                cuts.Add(i);
            }
        }

        cuts.Add(sentence.End);
        var clauses = new List<TextSpan>();
        for (int k = 0; k + 1 < cuts.Count; k++)
        {
            if (cuts[k + 1] > cuts[k])
            {
                clauses.Add(TextSpan.FromBounds(cuts[k], cuts[k + 1]));
            }
        }

        return clauses;
    }

    /// <summary>
    /// The index of the clause that contains <paramref name="position"/>, or -1. Binary search: the clauses
    /// are in order and disjoint, and a sentence of 70,000 clauses asked once per claim must not be scanned
    /// once per claim.
    /// </summary>
    internal static int IndexOf(List<TextSpan> clauses, int position)
    {
        int low = 0, high = clauses.Count - 1;
        while (low <= high)
        {
            int mid = low + ((high - low) / 2);
            if (position < clauses[mid].Start)
            {
                high = mid - 1;
            }
            else if (position >= clauses[mid].End)
            {
                low = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>
    /// <paramref name="items"/> grouped by the clause that contains each one's start, one list per clause
    /// (in the items' order). One pass over the items instead of one filter per clause.
    /// </summary>
    internal static List<T>[] Assign<T>(List<TextSpan> clauses, IEnumerable<T> items, Func<T, int> position)
    {
        var groups = new List<T>[clauses.Count];
        for (int i = 0; i < groups.Length; i++)
        {
            groups[i] = [];
        }

        foreach (var item in items)
        {
            if (IndexOf(clauses, position(item)) is var at and >= 0)
            {
                groups[at].Add(item);
            }
        }

        return groups;
    }

    /// <summary>
    /// Where "and" starts when the comma at <paramref name="comma"/> is followed by "and" and a clause of its own (a subject,
    /// then a finite verb before the next comma, semicolon or bracket), and the words since <paramref name="clauseStart"/>
    /// hold a finite verb too; else 0.
    /// </summary>
    private static int AndClauseAt(string text, int comma, int clauseStart, int end)
    {
        int and = comma + 1;
        while (and < end && text[and] == ' ')
        {
            and++;
        }

        if (!StartsWord(text, and, end, "and"))
        {
            return 0;
        }

        // After "and": the first word is the subject's (not a verb, not an adverb such as "significantly"), and a verb follows.
        bool first = true, verb = false;
        foreach (var (start, length) in Words(text, and + 3, end, stopAtComma: true))
        {
            var word = text.AsSpan(start, length);
            bool isVerb = Verbs.Contains(word);
            if (first && (isVerb || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase)))
            {
                return 0;
            }

            first = false;
            if (isVerb)
            {
                verb = true;
                break;
            }
        }

        return verb && Words(text, clauseStart, comma, stopAtComma: false).Any(w => Verbs.Contains(text.AsSpan(w.Start, w.Length))) ? and : 0;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Verbs => Lexicon.ClauseVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words (runs of letters) from <paramref name="from"/> to <paramref name="to"/>, up to the first comma, semicolon or bracket when asked.</summary>
    private static IEnumerable<(int Start, int Length)> Words(string text, int from, int to, bool stopAtComma)
    {
        int i = from;
        while (i < to)
        {
            char c = text[i];
            if (stopAtComma && c is ',' or ';' or '(' or '[')
            {
                yield break;
            }

            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < to && char.IsLetter(text[i]))
            {
                i++;
            }

            yield return (start, i - start);
        }
    }

    private static bool FirstWordIn(string text, TextSpan sentence, string[] words)
    {
        int i = sentence.Start;
        while (i < sentence.End && !char.IsLetter(text[i]))
        {
            i++;
        }

        return i < sentence.End && words.Any(w => StartsWord(text, i, sentence.End, w));
    }

    /// <summary>True when <paramref name="word"/> starts at <paramref name="at"/> and ends at a word boundary.</summary>
    private static bool StartsWord(string text, int at, int end, string word)
    {
        int stop = at + word.Length;
        return stop <= end
            && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (stop == end || !char.IsLetter(text[stop]));
    }
}
