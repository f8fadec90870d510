using System.Buffers;
using System.Text.RegularExpressions;
using ClaimCheck.Lexicons;
using ClaimCheck.Parsing.Layout;

namespace ClaimCheck.Parsing.PlainText;

/// <summary>
/// Lines of copied text that give a post's date or its author and date: "5 months ago", "Sep 16, 2017",
/// "January 4, 2024 at 8:00 pm", "2022 年 5 月", "11 天前", "demindiro - 2 years ago | thread", and a member's
/// handle alone on a line ("(@rodrigo-detector)"). A date line is short and mostly the date: a table row (cells
/// apart by tabs), a labelled value ("Postado : 10/06/2023"), an address or a sentence is none.
/// </summary>
internal static class DateLine
{
    /// <summary>A word that is a numeric date: 2024-05-15, 2024/5/15, 15.05.2024, 10/06/23.</summary>
    private static readonly Regex NumericDate = new(@"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](\d{2}|\d{4}))$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>The most numbers in a date line (a date, a time, a post number); a table row has more.</summary>
    private const int MaxNumbers = 4;

    private static readonly Regex Handle = new(@"^\(?@[\p{L}\p{N}_.\-]{2,40}\)?$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Separators between a name and its date on one line.</summary>
    private static readonly string[] Separators = [" - ", " – ", " — ", " · ", " • ", " | "];

    /// <summary>What parts the words of a date line: white space (the no-break space of "Feb\u00A021" too), commas, brackets.</summary>
    private static readonly SearchValues<char> WordBreaks = SearchValues.Create(" \u00A0\u2009\u202F\t,()[]");

    /// <summary>The most words of a date line that are neither numbers, month names nor date words ("at", "pm").</summary>
    private const int MaxOtherWords = 3;

    /// <summary>True when the line is a date and little else.</summary>
    internal static bool IsDate(ReadOnlySpan<char> t)
    {
        if (t.IsEmpty || t.Length > 60 || t.Contains('\t') || t.Contains(": ", StringComparison.Ordinal) || t.Contains(" :", StringComparison.Ordinal) || t.Contains("://", StringComparison.Ordinal)
            || t[^1] is '.' or '!' or '?' || LineCues.WordCount(t) > 8)
        {
            return false;
        }

        bool month = false, marker = false, numeric = false;
        int numbers = 0, other = 0, loose = 0;
        // A number is loose when nothing beside it makes it part of a date: a row of counts ("6 2.4k 2020 年 4 月",
        // replies and views before an activity date) has two or more.
        bool pendingLoose = false, pendingDay = false, previousDateWord = false;
        foreach (var range in t.SplitAny(WordBreaks))
        {
            var word = t[range].Trim('.');
            if (word.IsEmpty)
            {
                continue;
            }

            bool dateWord = false;
            if (word.ContainsAnyInRange('0', '9'))
            {
                numbers++;
                bool isNumeric = NumericDate.IsMatch(word), isMarker = IsMarker(word);
                numeric |= isNumeric;
                marker |= isMarker;
                loose += pendingLoose ? 1 : 0;
                bool anchored = isNumeric || isMarker || previousDateWord || word.Contains(':') || IsYear(word) || GluedToMonth(word);
                pendingLoose = !anchored;
                pendingDay = word.Length <= 2 && !word.ContainsAnyExceptInRange('0', '9');
                previousDateWord = anchored;
                continue;
            }

            if (Lexicon.MonthNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                month = dateWord = true;
            }
            else if (IsMarker(word))
            {
                marker = dateWord = true;
            }
            else if (IsDateWord(word))
            {
                dateWord = true;
            }
            else
            {
                other++;
            }

            // A day or a count before its month or unit ("16 Sep", "5 months"); "2.4k Apr" is a count of views.
            loose += pendingLoose && !(dateWord && pendingDay) ? 1 : 0;
            pendingLoose = false;
            previousDateWord = dateWord;
        }

        loose += pendingLoose ? 1 : 0;
        return numbers is > 0 and <= MaxNumbers && other <= MaxOtherWords && loose < 2 && (month || marker || numeric);
    }

    /// <summary>A number glued to a month name, as two dates printed together give ("2017Sep").</summary>
    private static bool GluedToMonth(ReadOnlySpan<char> word)
    {
        int letters = word.IndexOfAnyExceptInRange('0', '9');
        return letters > 0 && Lexicon.MonthNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[letters..]);
    }

    /// <summary>A year of a date: four digits from 1900 to 2099.</summary>
    private static bool IsYear(ReadOnlySpan<char> word) => word.Length == 4 && word[0] is '1' or '2' && word[1] is '9' or '0' && char.IsAsciiDigit(word[2]) && char.IsAsciiDigit(word[3]);

    /// <summary>"Name - 2 years ago | thread": a name, a separator, then a date (up to the next separator or bracket).</summary>
    internal static bool IsByLine(ReadOnlySpan<char> t, out string? author)
    {
        author = null;
        if (t.Length > 120)
        {
            return false;
        }

        int at = -1, length = 0;
        foreach (string separator in Separators)
        {
            int i = t.IndexOf(separator, StringComparison.Ordinal);
            if (i > 0 && (at < 0 || i < at))
            {
                at = i;
                length = separator.Length;
            }
        }

        if (at < 0)
        {
            return IsCountedByLine(t, out author);
        }

        var name = t[..at].Trim();
        var rest = t[(at + length)..];
        int cut = rest.Length;
        foreach (string separator in Separators)
        {
            int i = rest.IndexOf(separator, StringComparison.Ordinal);
            if (i >= 0 && i < cut)
            {
                cut = i;
            }
        }

        int bracket = rest.IndexOf('(');
        if (bracket >= 0 && bracket < cut)
        {
            cut = bracket;
        }

        if (!RepeatingUnit.IsNameShaped(name) || !IsDate(rest[..cut].Trim()))
        {
            return false;
        }

        author = name.ToString();
        return true;
    }

    /// <summary>
    /// "Dakachi 1 0 on May 25, 2015": a name, the post's counters (bare numbers: likes, replies) and its date after a
    /// preposition (date-prepositions.txt). A row of counts with no name before it ("6 2.4k on Apr 2020") is none, nor is
    /// a phrase with a number inside it ("met 3 times on May 5"), nor a line without counters ("Updated on May 5, 2016").
    /// </summary>
    private static bool IsCountedByLine(ReadOnlySpan<char> t, out string? author)
    {
        author = null;
        foreach (string preposition in Lexicon.DatePrepositions)
        {
            int at = t.IndexOf(" " + preposition + " ", StringComparison.OrdinalIgnoreCase);
            if (at <= 0 || !IsDate(t[(at + preposition.Length + 2)..].Trim()))
            {
                continue;
            }

            // The counters: bare numbers at the end of what comes before the preposition.
            var head = t[..at].TrimEnd();
            int counts = 0;
            while (head.LastIndexOf(' ') is int space && space > 0 && IsCount(head[(space + 1)..]))
            {
                head = head[..space].TrimEnd();
                counts++;
            }

            if (counts is 0 or > MaxNumbers || !RepeatingUnit.IsNameShaped(head) || HasCount(head))
            {
                continue;
            }

            author = head.ToString();
            return true;
        }

        return false;
    }

    private static bool IsCount(ReadOnlySpan<char> word) => !word.IsEmpty && !word.ContainsAnyExceptInRange('0', '9');

    private static bool HasCount(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            if (IsCount(name[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A member's handle alone on a line: "@name" or "(@name)".</summary>
    internal static bool IsHandle(ReadOnlySpan<char> t) => t.Length <= 44 && t.Contains('@') && Handle.IsMatch(t);

    /// <summary>A word that makes a number a relative date ("ago", "前" in "11 天前", "年" in "2024年5月15日").</summary>
    private static bool IsMarker(ReadOnlySpan<char> word)
    {
        foreach (string w in Lexicon.DateMarkers)
        {
            if (w[0] < 128 ? word.Equals(w, StringComparison.OrdinalIgnoreCase) : word.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of a date's unit ("days", "hours", "posted"): part of a date line, though no date alone.</summary>
    private static bool IsDateWord(ReadOnlySpan<char> word)
    {
        foreach (string w in Lexicon.DateWords)
        {
            bool ascii = w[0] < 128;
            if (ascii
                ? word.Equals(w, StringComparison.OrdinalIgnoreCase) || (word.Length == w.Length - 1 && w[^1] == 's' && w.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                : word.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
