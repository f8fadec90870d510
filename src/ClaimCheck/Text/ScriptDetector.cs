namespace ClaimCheck.Text;

/// <summary>Guesses a language code from the script of a text: the dominant script of its letters.</summary>
internal static class ScriptDetector
{
    /// <summary>
    /// <c>zh</c> when Han characters dominate (with kana present: <c>ja</c>; Hangul: <c>ko</c>),
    /// <c>ru</c> for Cyrillic, <c>en</c> for Latin text; null when there are too few letters to say.
    /// Latin text is reported as <c>en</c> since the checker's lexicons are English; that is a guess.
    /// </summary>
    internal static string? Guess(ReadOnlySpan<char> text)
    {
        int latin = 0, han = 0, kana = 0, hangul = 0, cyrillic = 0;
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                if (char.IsAsciiLetter(c))
                {
                    latin++;
                }
            }
            else if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')
            {
                han++;
            }
            else if (c is >= '\u3040' and <= '\u30FF')
            {
                kana++;
            }
            else if (c is >= '\uAC00' and <= '\uD7AF')
            {
                hangul++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else if (char.IsLetter(c))
            {
                latin++;
            }
        }

        // One Han character carries about as much as a short Latin word: weigh it so.
        int cjk = (han + kana + hangul) * 3;
        int total = latin + cjk + cyrillic;
        if (total < 8)
        {
            return null;
        }

        if (cjk > latin && cjk > cyrillic)
        {
            return hangul > han ? "ko" : kana > 0 ? "ja" : "zh";
        }

        return cyrillic > latin ? "ru" : "en";
    }
}
