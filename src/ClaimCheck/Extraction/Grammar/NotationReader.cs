namespace ClaimCheck.Extraction.Grammar;

/// <summary>Reads <see cref="NumberNotation"/> from the characters around a number's span in the source text.</summary>
internal static class NotationReader
{
    /// <summary>The notation facts of the number printed at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.</summary>
    internal static NumberNotation Read(string text, int start, int end)
    {
        var flags = NumberNotation.None;
        if (IsRangeStart(text, end))
        {
            flags |= NumberNotation.RangeStart;
        }

        if (IsRangeEnd(text, start))
        {
            flags |= NumberNotation.RangeEnd;
        }

        if (FollowedByWord(text, end))
        {
            flags |= NumberNotation.FollowedByWord;
        }

        if (ContinuesAsDecimal(text, end))
        {
            flags |= NumberNotation.ContinuesAsDecimal;
        }

        if (end + 4 <= text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1]) && char.IsAsciiDigit(text[end + 2]) && char.IsAsciiDigit(text[end + 3])
            && (end + 4 == text.Length || !char.IsAsciiDigit(text[end + 4])))
        {
            flags |= NumberNotation.ContinuesAsThousands;
        }

        if (start > 0 && (char.IsLetter(text[start - 1]) || char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.'))
        {
            flags |= NumberNotation.GluedToPrevious;
        }

        if (IsBounded(text, start))
        {
            flags |= NumberNotation.Bounded;
        }

        return flags;
    }

    /// <summary>True when a range connector ("to", a dash) and a number follow <paramref name="end"/>.</summary>
    private static bool IsRangeStart(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(12, text.Length - end)).TrimStart("% ");
        if (rest.StartsWith("to ", StringComparison.Ordinal))
        {
            rest = rest[3..].TrimStart();
        }
        else if (rest.Length > 0 && rest[0] is '–' or '—' or '-')
        {
            rest = rest[1..].TrimStart();
        }
        else
        {
            return false;
        }

        return rest.Length > 0 && (char.IsAsciiDigit(rest[0]) || rest[0] is '−' or '-' or '.');
    }

    /// <summary>True when a number and a range connector ("to", a dash) come right before <paramref name="start"/>.</summary>
    private static bool IsRangeEnd(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 12), start - Math.Max(0, start - 12)).TrimEnd();
        if (before.EndsWith(" to", StringComparison.Ordinal))
        {
            before = before[..^3].TrimEnd();
        }
        else if (before.Length > 0 && before[^1] is '–' or '—' or '-')
        {
            before = before[..^1].TrimEnd();
        }
        else
        {
            return false;
        }

        return before.Length > 0 && char.IsAsciiDigit(before[^1]);
    }

    /// <summary>
    /// True for "0. 028", "0 .015", "0,022", "0/03" and ".0.018": the printed number is the start of a decimal that a
    /// stray space, a decimal comma, a slash or a doubled point continues.
    /// </summary>
    private static bool ContinuesAsDecimal(string text, int end)
    {
        int i = end;
        // "P = 0 .015": a space before the point, then digits (a sentence's full stop is followed by a space or the end).
        if (i + 2 < text.Length && text[i] == ' ' && text[i + 1] == '.' && char.IsAsciiDigit(text[i + 2]))
        {
            return true;
        }

        if (i < text.Length && text[i] is '.' or ',' or '/')
        {
            i++;
            if (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            return i < text.Length && char.IsAsciiDigit(text[i]);
        }

        return false;
    }

    /// <summary>
    /// True when an entry of number-bounds.txt ends right before <paramref name="start"/> (spaces between allowed) and
    /// starts a word: "more than 71%", "about 30%", "~40%". Looks back a bounded stretch, so the cost does not grow with the text.
    /// </summary>
    private static bool IsBounded(string text, int start)
    {
        int from = Math.Max(0, start - 24);
        var before = text.AsSpan(from, start - from).TrimEnd();
        foreach (string entry in Lexicons.Lexicon.NumberBounds)
        {
            if (before.EndsWith(entry, StringComparison.OrdinalIgnoreCase))
            {
                int at = before.Length - entry.Length;
                bool wordStart = at == 0 ? from == 0 || !char.IsLetterOrDigit(text[from - 1]) : !char.IsLetterOrDigit(before[at - 1]);
                if (wordStart || !char.IsLetter(entry[0]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True for "P = 11 days": a letter at once or after one space.</summary>
    private static bool FollowedByWord(string text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && char.IsLetter(text[i]) && i - end <= 1;
    }

    /// <summary>
    /// True when a closing bracket stands between an interval's end and its p, beyond the one that may close the
    /// interval itself: in "(95% CI 1.1–2.0)), p = .03" the p belongs to a comparison; "(95% CI 1.1–2.0), p = .03" keeps it.
    /// </summary>
    internal static bool ClosedBefore(string text, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        int closing = text.AsSpan(from, to - from).IndexOfAny(')', ']');
        return closing >= 0 && text.AsSpan(from + closing + 1, to - from - closing - 1).IndexOfAny(')', ']') >= 0;
    }
}
