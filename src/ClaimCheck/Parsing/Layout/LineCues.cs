using System.Globalization;

using ClaimCheck.Lexicons;

namespace ClaimCheck.Parsing.Layout;

/// <summary>
/// Layout cues read off one trimmed line of a saved page: is it prose, a heading, a paper's title,
/// an author list, a like list, a source link, bibliographic metadata or site chrome. All cues are
/// general (vocabulary of structured abstracts, shapes of author lists), never tied to one site.
/// </summary>
internal static class LineCues
{
    // Consent banners and copyright lines run to a few dozen words; prose paragraphs run longer.
    private const int MaxChromeWords = 80;

    private static readonly char[] Terminal = ['.', '!', '?', '。', '！', '？', ':', ';', ','];

    /// <summary>Words in a line, counting each Han/kana/Hangul character as half a word.</summary>
    internal static int WordCount(ReadOnlySpan<char> line) => WordCount(line, int.MaxValue);

    /// <summary>
    /// <see cref="WordCount(ReadOnlySpan{char})"/>, stopping as soon as the count passes <paramref name="stopAbove"/> (the
    /// count only grows, so the line is known to be longer): a long prose line is not read to its end to be called long.
    /// </summary>
    private static int WordCount(ReadOnlySpan<char> line, int stopAbove)
    {
        int words = 0, cjk = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            if (c >= '\u2E80' && char.IsLetter(c) && c is not (>= '\u0400' and <= '\u04FF'))
            {
                cjk++;
                inWord = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }
            else if (!inWord)
            {
                words++;
                inWord = true;
            }
            else
            {
                continue;
            }

            if (words + (cjk / 2) > stopAbove)
            {
                break;
            }
        }

        return words + (cjk / 2);
    }

    /// <summary>True for running text: at least <paramref name="minWords"/> words ending like a sentence (or a colon introducing more).</summary>
    internal static bool IsProse(ReadOnlySpan<char> line, int minWords = 12)
    {
        if (line.IsEmpty || WordCount(line) < minWords)
        {
            return false;
        }

        char last = line[^1];
        if (last is ')' or '"' or '”' or '\'' or '’' or ']')
        {
            line = line.TrimEnd(")\"”'’]");
            last = line.IsEmpty ? ' ' : line[^1];
        }

        return last is '.' or '!' or '?' or ':' or '。' or '！' or '？' or '…' || line.Contains('。');
    }

    /// <summary>True when the line ends with sentence or clause punctuation.</summary>
    internal static bool EndsWithPunctuation(ReadOnlySpan<char> line) => !line.IsEmpty && Array.IndexOf(Terminal, line[^1]) >= 0;

    /// <summary>
    /// The heading of a line that is a section heading of a structured abstract ("Results",
    /// "Methods:"), or null. Only headings from the lexicon count here.
    /// </summary>
    internal static string? LexiconHeading(ReadOnlySpan<char> line)
    {
        // "Results", "RESULTS:", "RESULTS." all head a section.
        var bare = line.TrimEnd().TrimEnd(':').TrimEnd('.').TrimEnd();
        if (bare.Length is 0 or > 120)
        {
            return null;
        }

        if (bare.Length <= 40 && Lexicon.SectionHeadings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare))
        {
            return bare.ToString();
        }

        return IsDottedHeading(bare) ? bare.ToString() : null;
    }

    /// <summary>
    /// The dotted headings of the Evidence Inference files, all capitals: "ABSTRACT.RESULTS", "BODY.DISCUSSION",
    /// "BODY.METHODS.STATISTICAL ANALYSIS", "BODY.4. DISCUSSION", "BODY" (a prefix of Lexicons/section-prefixes.txt, then
    /// parts joined by dots, no lower-case letter anywhere). "Abstract. We studied …" is prose, not one of them.
    /// </summary>
    private static bool IsDottedHeading(ReadOnlySpan<char> bare)
    {
        int dot = bare.IndexOf('.');
        var prefix = dot < 0 ? bare : bare[..dot];
        if (!Lexicon.SectionPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(prefix))
        {
            return false;
        }

        foreach (char c in bare)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return !bare.Contains("..", StringComparison.Ordinal);
    }

    /// <summary>
    /// When a line opens with a lexicon heading run in ("Background: COVID-19 is…", "Methods A total
    /// of…"), the length of the heading part including the colon; else 0.
    /// </summary>
    internal static int InlineHeadingLength(ReadOnlySpan<char> line, out string? heading)
    {
        heading = null;
        // Try the longest headings first: "Materials and methods" before "Materials".
        for (int words = 5; words >= 1; words--)
        {
            int end = EndOfWords(line, words);
            if (end <= 0 || end >= line.Length)
            {
                continue;
            }

            var candidate = line[..end];
            bool colon = candidate[^1] == ':';
            var bare = candidate.TrimEnd(':');
            if (!Lexicon.SectionHeadings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare))
            {
                continue;
            }

            var rest = line[end..].TrimStart();
            if (rest.IsEmpty)
            {
                continue;
            }

            // Without a colon the heading must be set off by a capitalised word ("Methods A total…"),
            // and written with a capital itself, so that prose starting "Results were…" is not cut.
            if (colon || (char.IsUpper(candidate[0]) && (char.IsUpper(rest[0]) || char.IsDigit(rest[0]))))
            {
                heading = bare.ToString();
                return end;
            }
        }

        return 0;
    }

    private static int EndOfWords(ReadOnlySpan<char> line, int words)
    {
        int i = 0, seen = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            if (i >= line.Length)
            {
                return -1;
            }

            while (i < line.Length && line[i] != ' ')
            {
                if (line[i] == ':')
                {
                    i++;
                    return ++seen == words ? i : -1;
                }

                i++;
            }

            if (++seen == words)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// True for a short heading-like line: at most 8 words, starting with a capital, not ending in
    /// sentence punctuation (a trailing colon is allowed). Whether it is a heading depends on what follows.
    /// </summary>
    internal static bool IsHeadingShaped(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || !char.IsUpper(line[0]) || WordCount(line) > 8 || line.Length > 80)
        {
            return false;
        }

        var bare = line.TrimEnd(':');
        return !bare.IsEmpty && !EndsWithPunctuation(bare) && bare[^1] is not ('-' or '—' or '–' or '|')
            && !bare.Contains("://", StringComparison.Ordinal);
    }

    /// <summary>
    /// True for a paper's title: 6 or more words, no sentence-final period, not a heading of the
    /// lexicon. Whether it is a title depends on an author list following.
    /// </summary>
    internal static bool IsTitleShaped(ReadOnlySpan<char> line)
        => WordCount(line) >= 6 && line.Length <= 400 && line[^1] is not ('.' or ',' or ';' or '!' or '?');

    /// <summary>
    /// True for an author list: three or more names separated by ',' ';' '&amp;' or 'and', each of
    /// one to four capitalised words or initials, with no sentence in it.
    /// </summary>
    internal static bool IsAuthorList(ReadOnlySpan<char> line)
    {
        if (line.Length < 10 || line[^1] is '.' && !IsInitial(line))
        {
            return false;
        }

        int items = 0, names = 0;
        foreach (var range in line.SplitAny(",;&"))
        {
            var item = line[range].Trim();
            if (item.StartsWith("and ", StringComparison.Ordinal))
            {
                item = item[4..];
            }

            if (item.IsEmpty)
            {
                continue;
            }

            items++;
            if (IsNameLike(item))
            {
                names++;
            }
        }

        return items >= 3 && names * 10 >= items * 8;
    }

    private static bool IsInitial(ReadOnlySpan<char> line)
        => line.Length >= 3 && char.IsUpper(line[^2]) && line[^3] is ' ' or '.';

    private static bool IsNameLike(ReadOnlySpan<char> item)
    {
        int words = 0;
        foreach (var range in item.Split(' '))
        {
            var word = item[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            // Affiliation digits or asterisks after a name ("Yuan1,2", "Shi*") are allowed.
            var core = word.TrimEnd("0123456789*†‡§");
            if (core.IsEmpty || !(char.IsUpper(core[0]) || core.StartsWith("van", StringComparison.Ordinal) || core.StartsWith("de", StringComparison.Ordinal)))
            {
                return false;
            }

            foreach (char c in core)
            {
                if (!(char.IsLetter(c) || c is '-' or '.' or '\'' or '’'))
                {
                    return false;
                }
            }
        }

        return words is >= 1 and <= 4;
    }

    /// <summary>True for a forum like list: "A and B like this.", "A, B and 3 others like this.", "A likes this."</summary>
    internal static bool IsLikeList(ReadOnlySpan<char> line)
        => (line.EndsWith(" like this.", StringComparison.Ordinal) || line.EndsWith(" likes this.", StringComparison.Ordinal)
            || line.EndsWith(" reacted to this.", StringComparison.Ordinal))
           && WordCount(line) <= 40;

    /// <summary>
    /// When the line names where a quoted text comes from ("Link | PDF (Journal) [Open Access]",
    /// a bare URL, "Source: …"), that source; else null.
    /// </summary>
    internal static string? SourceLine(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            if (line.IndexOf(' ') >= 0)
            {
                return null;
            }

            var rest = line[(line.IndexOf("//", StringComparison.Ordinal) + 2)..];
            int slash = rest.IndexOf('/');
            return (slash < 0 ? rest : rest[..slash]).ToString();
        }

        if (line.StartsWith("Link |", StringComparison.Ordinal) || line.StartsWith("Link|", StringComparison.Ordinal)
            || line.StartsWith("Full text", StringComparison.OrdinalIgnoreCase) || line.StartsWith("PDF |", StringComparison.Ordinal))
        {
            int open = line.IndexOf('(');
            int close = open < 0 ? -1 : line[open..].IndexOf(')');
            return close > 1 ? line.Slice(open + 1, close - 1).ToString() : "link";
        }

        return null;
    }

    /// <summary>True for site chrome wherever it stands (consent banners, copyright, sharing widgets).</summary>
    internal static bool IsChrome(ReadOnlySpan<char> line)
    {
        if (IsLikeList(line))
        {
            return true;
        }

        // A banner or copyright line is short; a paragraph of prose that names a product "Masks© (ETM)" or ends in a
        // copyright line is still the article's text.
        // The word count first, stopping at the limit: a long paragraph is decided without the phrase search.
        return HasAtMostWords(line, MaxChromeWords) && line.IndexOfAny(Lexicon.ChromePhraseSearchValues) >= 0;
    }

    /// <summary>True when <see cref="WordCount(ReadOnlySpan{char})"/> of <paramref name="line"/> is at most <paramref name="max"/>; reads only as far as needed.</summary>
    internal static bool HasAtMostWords(ReadOnlySpan<char> line, int max)
        => line.Length <= max || WordCount(line, max) <= max; // each character adds at most one word

    /// <summary>True for a short line that begins the chrome below an article ("Similar articles", "Comments (0)").</summary>
    internal static bool IsEndMarker(ReadOnlySpan<char> line)
    {
        if (line.Length > 60)
        {
            return false;
        }

        var bare = line.Trim().TrimEnd(':').TrimEnd();
        // "Comments (0)", "Cited by (12)": the count does not matter.
        if (bare.EndsWith(')'))
        {
            int open = bare.LastIndexOf('(');
            if (open > 0 && int.TryParse(bare[(open + 1)..^1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _))
            {
                bare = bare[..open].TrimEnd();
            }
        }

        return Lexicon.EndMarkers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare);
    }

    /// <summary>
    /// True for bibliographic metadata of an article page: identifiers (PMID, PMCID, DOI), a journal
    /// citation line ("Journal. 2022 Jan;75:103789. doi: …"), keywords, or an affiliation line.
    /// </summary>
    internal static bool IsBibliographic(ReadOnlySpan<char> line)
    {
        var t = line.TrimStart("-•* ");
        if (t.StartsWith("PMID", StringComparison.OrdinalIgnoreCase) || t.StartsWith("PMCID", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("DOI", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Keywords:", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("ISSN", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (t.Contains("doi:", StringComparison.OrdinalIgnoreCase) || t.Contains("doi.org/", StringComparison.OrdinalIgnoreCase))
        {
            return WordCount(t) <= 30;
        }

        return IsAffiliation(t);
    }

    /// <summary>
    /// The journal of a citation line ("EBioMedicine. 2022 Jan;75:103789. doi: …" gives "EBioMedicine"),
    /// or null when the line does not start with a name followed by a period and a year.
    /// </summary>
    internal static string? JournalOfCitation(ReadOnlySpan<char> line)
    {
        int dot = line.IndexOf(". ", StringComparison.Ordinal);
        if (dot is <= 0 or > 80)
        {
            return null;
        }

        var after = line[(dot + 2)..];
        bool year = after.Length >= 4 && char.IsAsciiDigit(after[0]) && char.IsAsciiDigit(after[1]) && char.IsAsciiDigit(after[2]) && char.IsAsciiDigit(after[3])
            && (after.Length == 4 || !char.IsAsciiDigit(after[4]));
        return year && char.IsUpper(line[0]) ? line[..dot].ToString() : null;
    }

    private static readonly string[] AffiliationWords =
        ["Department", "University", "Hospital", "Institute", "School of", "Center", "Centre", "Laboratory", "College", "Faculty", "Clinic", "Division of"];

    /// <summary>True for an affiliation line: comma-separated capitalised parts naming departments, hospitals, universities.</summary>
    internal static bool IsAffiliation(ReadOnlySpan<char> line)
    {
        int keywords = 0;
        foreach (var word in AffiliationWords)
        {
            if (line.Contains(word, StringComparison.Ordinal))
            {
                keywords++;
            }
        }

        // A paragraph of prose may name a college and a hospital ("… selected from the outpatient Department of …,
        // SDM College of Ayurveda and Hospital, Hassan."); a list of affiliations is not that long a sentence.
        if (keywords < 2 || (WordCount(line) > MaxChromeWords && IsProse(line)))
        {
            return false;
        }

        int parts = 0, capitalised = 0;
        foreach (var range in line.SplitAny(",;"))
        {
            var part = line[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            parts++;
            if (char.IsUpper(part[0]) || char.IsDigit(part[0]))
            {
                capitalised++;
            }
        }

        return parts >= 3 && capitalised * 10 >= parts * 8;
    }

    /// <summary>The text of a list item without its bullet ("• ", "- ", "* "), or the line itself.</summary>
    internal static int BulletLength(ReadOnlySpan<char> line)
    {
        if (line.Length >= 2 && line[0] is '•' or '·' or '▪' or '◦' or '-' or '*' or '–' && line[1] is ' ' or '\t' or '\u00A0')
        {
            int i = 1;
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            return i;
        }

        return 0;
    }
}
