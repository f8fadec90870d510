using System.Buffers;

namespace ClaimCheck.Linking;

/// <summary>Whether a text says its p-values were corrected for multiple comparisons (Lexicons/multiplicity-corrections.txt).</summary>
internal static class MultiplicityCorrection
{
    private static readonly Lazy<SearchValues<string>> Phrases = new(() => SearchValues.Create(Lexicons.Lexicon.MultiplicityCorrections, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when an entry of the lexicon stands in <paramref name="text"/> as whole words ("Bonferroni", "adjusted for multiple comparisons"). Linear in the text's length.</summary>
    internal static bool Declared(string text)
    {
        var rest = text.AsSpan();
        int offset = 0;
        while (rest.IndexOfAny(Phrases.Value) is int found and >= 0)
        {
            int start = offset + found;
            int end = EndOfMatch(text, start);
            if ((start == 0 || !char.IsLetter(text[start - 1])) && end > start && (end >= text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            offset = start + 1;
            rest = text.AsSpan(offset);
        }

        return false;
    }

    // The longest entry that matches at start (SearchValues reports where, not which).
    private static int EndOfMatch(string text, int start)
    {
        int end = -1;
        foreach (string phrase in Lexicons.Lexicon.MultiplicityCorrections)
        {
            if (start + phrase.Length <= text.Length && text.AsSpan(start, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase))
            {
                end = Math.Max(end, start + phrase.Length);
            }
        }

        return end;
    }
}
