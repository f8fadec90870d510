namespace ClaimCheck.Parsing.PlainText;

/// <summary>
/// A copied name line often glues pieces that the page showed apart, since innerText puts no space between
/// inline elements: a user name before the display name ("fernando_zuluagaFernando Zuluaga MVP 2024"), or an
/// avatar's initial before the name ("EEster"). The member's name is the first piece, found by structure:
/// the display name repeats the user name's letters, and an initial doubles the first letter of a name that
/// the page also prints without it.
/// </summary>
internal static class GluedName
{
    /// <summary>The fewest letters of a user name that the display name after it must repeat.</summary>
    private const int MinRepeated = 3;

    /// <summary>How many distinct names may be looked up in the page's text, so that cleaning stays linear in it.</summary>
    private const int MaxLookups = 64;

    /// <summary>
    /// The member's name in <paramref name="name"/>; <paramref name="text"/> is the whole page, to confirm an
    /// initial; <paramref name="cleaned"/> keeps the names already cleaned on this page.
    /// </summary>
    internal static string Clean(string name, string text, Dictionary<string, string> cleaned)
    {
        if (!cleaned.TryGetValue(name, out string? clean))
        {
            clean = Clean(name, text, cleaned.Count < MaxLookups);
            cleaned[name] = clean;
        }

        return clean;
    }

    private static string Clean(string name, string text, bool lookUp)
    {
        // "By @name": the by-line's name.
        foreach (string word in Lexicons.Lexicon.ByWords)
        {
            if (name.Length > word.Length + 2 && name.StartsWith(word + " @", StringComparison.OrdinalIgnoreCase))
            {
                return name[(word.Length + 2)..];
            }
        }

        // "userNameUser Name…": cut where a capital follows a lower-case letter, a digit or '_' and the rest
        // begins with the same letters (case and separators aside) as the part before the cut.
        for (int i = 1; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || name[i - 1] == '_')
                && RepeatsLetters(name.AsSpan(0, i), name.AsSpan(i)))
            {
                return name[..i];
            }
        }

        // "EEster": a doubled first letter, and the page has the name without it somewhere else.
        if (name.Length >= 3 && char.IsLetter(name[0]) && char.ToUpperInvariant(name[1]) == name[0] && lookUp && WholeWordIn(text, name.AsSpan(1)))
        {
            return name[1..];
        }

        return name;
    }

    private static bool RepeatsLetters(ReadOnlySpan<char> user, ReadOnlySpan<char> rest)
    {
        int j = 0, matched = 0;
        foreach (char c in user)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            while (j < rest.Length && !char.IsLetterOrDigit(rest[j]))
            {
                j++;
            }

            if (j >= rest.Length || char.ToLowerInvariant(rest[j]) != char.ToLowerInvariant(c))
            {
                return false;
            }

            j++;
            matched++;
        }

        return matched >= MinRepeated;
    }

    /// <summary>True when <paramref name="part"/> stands in <paramref name="text"/> as whole words somewhere.</summary>
    private static bool WholeWordIn(string text, ReadOnlySpan<char> part)
    {
        var all = text.AsSpan();
        for (int from = 0; from < all.Length && all[from..].IndexOf(part, StringComparison.Ordinal) is var i and >= 0; from += i + 1)
        {
            int at = from + i;
            if ((at == 0 || !char.IsLetterOrDigit(all[at - 1])) && (at + part.Length == all.Length || !char.IsLetterOrDigit(all[at + part.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
