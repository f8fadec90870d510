using System.Collections.Frozen;

namespace ClaimCheck.Text;

/// <summary>
/// Splits running text into sentences in one pass. A sentence ends at '.', '!' or '?' followed by
/// white space and a plausible sentence start, or at a CJK full stop; abbreviations ("et al.",
/// "e.g.", "vs.", "Fig.") and decimals never end one.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        ["al", "e.g", "i.e", "eg", "ie", "vs", "fig", "figs", "no", "nos", "approx", "dr", "mr", "mrs", "ms", "prof",
         "st", "cf", "resp", "incl", "ref", "refs", "vol", "ed", "eds", "jan", "feb", "mar", "apr", "jun", "jul",
         "aug", "sep", "sept", "oct", "nov", "dec", "min", "max", "est", "inc", "ltd", "co", "corp", "u.s", "u.k"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Sentence spans inside <paramref name="span"/> of <paramref name="text"/>, trimmed of white space.</summary>
    internal static List<TextSpan> Split(string text, TextSpan span)
    {
        var result = new List<TextSpan>();
        int start = span.Start;
        int end = span.End;
        for (int i = span.Start; i < end; i++)
        {
            char c = text[i];
            bool boundary = false;
            int cut = i + 1;
            if (c is '。' or '！' or '？')
            {
                boundary = true;
            }
            else if (c is '.' or '!' or '?')
            {
                // Closing quotes and brackets stay with the sentence they end.
                int j = i + 1;
                while (j < end && text[j] is '"' or '\'' or '”' or '’' or ')' or ']')
                {
                    j++;
                }

                if (j >= end)
                {
                    boundary = true;
                    cut = j;
                }
                else if (char.IsWhiteSpace(text[j]))
                {
                    int k = j;
                    while (k < end && char.IsWhiteSpace(text[k]))
                    {
                        k++;
                    }

                    // "P = 0. 028": a digit on both sides of ". " is a decimal broken by a space, not a sentence end.
                    // "p <. 001", "p = . 02": no sentence ends on a relation sign, so the point opens a decimal.
                    bool brokenDecimal = c == '.' && i > span.Start && k < end && char.IsAsciiDigit(text[k])
                        && ((char.IsAsciiDigit(text[i - 1]) && k - j == 1) || AfterRelationSign(text, span.Start, i));
                    if (k < end && LooksLikeSentenceStart(text[k]) && !brokenDecimal && (c != '.' || !EndsWithAbbreviation(text, start, i)))
                    {
                        boundary = true;
                        cut = j;
                    }
                }
            }

            if (boundary)
            {
                AddTrimmed(text, start, cut, result);
                start = cut;
                i = cut - 1;
            }
        }

        AddTrimmed(text, start, end, result);
        return result;
    }

    private static bool LooksLikeSentenceStart(char c)
        => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '(' or '[' or '‘' || c >= '\u2E80';

    private static bool AfterRelationSign(string text, int start, int i)
    {
        // The point may follow the integer part: "t = 9.   42".
        int b = i - 1;
        while (b > start && char.IsAsciiDigit(text[b]))
        {
            b--;
        }

        while (b > start && text[b] is ' ' or '\u00A0')
        {
            b--;
        }

        return text[b] is '<' or '=' or '>' or '≤' or '≥';
    }

    private static bool EndsWithAbbreviation(string text, int sentenceStart, int dot)
    {
        int w = dot;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        if (w == dot)
        {
            return false;
        }

        var word = text.AsSpan(w, dot - w);
        // A single capital letter is an initial ("J. Smith"), not a sentence end.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(TextSpan.FromBounds(start, end));
        }
    }
}
