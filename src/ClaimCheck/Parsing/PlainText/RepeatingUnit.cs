using ClaimCheck.Lexicons;
using ClaimCheck.Parsing.Layout;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing.PlainText;

/// <summary>
/// Finds the posts of a copied thread, whatever engine printed it, by the unit that repeats once per post:
/// a member panel ("Posts: 3", "Joined" over its date, "Reputation:") and post numbers ("#3", "Reply #3",
/// "#2 Post by X » date"), with the member's name a few lines above. Cue lines close together form one
/// header until a key recurs, which starts the next. The cue that recurs in the most
/// separate clusters of such lines is the unit; the name sits at the same offset above every cluster.
/// A numbered list ("#1 Aspirin …") or a news byline does not repeat a member panel with a name over it,
/// so it makes no unit. Every line is read a bounded number of times: linear in the text.
/// </summary>
internal static class RepeatingUnit
{
    /// <summary>The most non-blank lines between two cue lines of one header.</summary>
    private const int ClusterGap = 6;

    /// <summary>How far above a header the member's name may be (non-blank lines).</summary>
    private const int NameReach = 3;

    /// <summary>How much of a post's first line must match for a second showing of the post to be a copy.</summary>
    private const int CopyPrefix = 24;

    /// <summary>The key of a date line ("5 months ago", "Sep 16, 2017") or a name-and-date line.</summary>
    private const string DateKey = "date";

    /// <summary>The key of a member's handle alone on a line ("(@name)").</summary>
    private const string HandleKey = "@";

    /// <summary>One post's header: its first line, its last line (the body follows) and the author, if one was found.</summary>
    internal readonly record struct Header(int Start, int Last, string? Author);

    private readonly record struct Cue(int Line, string Key, int Last, string? Author);

    private sealed class Cluster
    {
        internal readonly List<Cue> Cues = [];

        internal int First => Cues[0].Line;

        internal int Last => Cues[^1].Last;
    }

    /// <summary>The post headers of <paramref name="lines"/>, or an empty list when no unit repeats.</summary>
    internal static List<Header> Find(SourceText source, List<LayoutLine> lines)
    {
        // Member panels and post numbers: the key in the most clusters is the unit.
        var nonBlank = new List<int>();
        var clusters = Clusters(source, lines, nonBlank, weak: false);
        var counts = KeyCounts(clusters);
        List<Header> strong = counts.Count > 0 ? Headers(source, lines, nonBlank, clusters, counts.MaxBy(kv => kv.Value).Key) : [];

        // Dates and handles under (or over) a member's name: the key whose headers name the most members.
        nonBlank.Clear();
        clusters = Clusters(source, lines, nonBlank, weak: true);
        List<Header> weak = [];
        int weakNamed = 0;
        foreach (var key in (ReadOnlySpan<string>)[DateKey, HandleKey])
        {
            var headers = Headers(source, lines, nonBlank, clusters, key);
            int named = headers.Count(h => h.Author is not null);
            if (named > weakNamed)
            {
                weak = headers;
                weakNamed = named;
            }
        }

        // A member panel or post number is the surer unit; but where it is printed over a few posts only (a
        // badge, a "best answer" number) and a name over a date with prose under it repeats far more often, the
        // dated unit is the thread's. Each weak header has a name and prose of its own.
        return weak.Count >= Math.Max(strong.Count * 3 / 2, strong.Count + 2) ? weak : strong;
    }

    /// <summary>Cue lines close together, as clusters; <paramref name="nonBlank"/> gets the ordinals of non-blank lines.</summary>
    private static List<Cluster> Clusters(SourceText source, List<LayoutLine> lines, List<int> nonBlank, bool weak)
    {
        var clusters = new List<Cluster>();
        bool prose = false;
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            nonBlank.Add(i);
            if (Read(source, lines, i, weak) is not { } cue)
            {
                // A post's prose parts the header above it from the next one, however short the post.
                prose |= IsSentence(source.AsSpan(lines[i].Span));
                continue;
            }

            // A key seen again starts the next unit, as does a long run of other lines or a sentence.
            if (clusters.Count == 0 || prose || nonBlank.Count - 1 - Ordinal(nonBlank, clusters[^1].Last) > ClusterGap
                || clusters[^1].Cues.Exists(c => c.Key == cue.Key))
            {
                clusters.Add(new Cluster());
            }

            prose = false;

            clusters[^1].Cues.Add(cue);
            i = cue.Last;
            if (cue.Last > cue.Line)
            {
                nonBlank.Add(cue.Last);
            }
        }

        return clusters;
    }

    /// <summary>A line of six words or more that ends a sentence: a post's text, never a header's.</summary>
    private static bool IsSentence(ReadOnlySpan<char> t) => t.Length > 0 && t[^1] is '.' or '!' or '?' or '。' or '！' or '？' && LineCues.WordCount(t) >= 6;

    /// <summary>In how many clusters each key is found (once per cluster).</summary>
    private static Dictionary<string, int> KeyCounts(List<Cluster> clusters)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            foreach (var key in cluster.Cues.Select(c => c.Key).Distinct(StringComparer.Ordinal))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts;
    }

    /// <summary>The headers of the unit keyed <paramref name="unitKey"/>, or an empty list when it is no thread.</summary>
    private static List<Header> Headers(SourceText source, List<LayoutLine> lines, List<int> nonBlank, List<Cluster> clusters, string unitKey)
    {
        var units = clusters.Where(c => c.Cues.Exists(q => q.Key == unitKey)).ToList();
        // A thread of one post repeats nothing: its header must then be a member panel with a post number or by-line.
        if (units.Count < 2 && !(units.Count == 1 && units[0].Cues.Exists(c => c.Key == "#") && units[0].Cues.Exists(c => c.Key != "#")))
        {
            return [];
        }

        // A date or a handle is weak alone (a table of dates, a list of links): such a unit counts only with a
        // member's name and some prose of its own before the next one.
        bool weak = unitKey is DateKey or HandleKey;
        // A handle names its member: the name over it is the same wherever the handle is, and a page that repeats
        // one handle only (a post and its member's card beside it) is that member's page, not a discussion.
        string?[] handles = unitKey == HandleKey ? [.. units.Select(u => source.ToString(lines[u.Cues.Find(c => c.Key == HandleKey).Line].Span))] : [];
        if (unitKey == HandleKey && handles.Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return [];
        }

        int offset = units.Count == 1 ? TopOfNameRun(source, lines, nonBlank, units[0].First) : NameOffset(source, lines, nonBlank, units, handles);
        var headers = new List<Header>(units.Count);
        var cleaned = new Dictionary<string, string>(StringComparer.Ordinal);
        var nameTexts = offset > 0 ? NameTexts(source, lines, nonBlank, units, offset) : [];
        int withAuthor = 0;
        int previousEnd = -1;
        for (int u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            int nextStart = u + 1 < units.Count ? units[u + 1].First : lines.Count;
            if (offset > 0 && u + 1 < units.Count && NameLineAbove(source, lines, nonBlank, nextStart, offset, nameTexts) is var nextName and > 0 && nextName > unit.Last)
            {
                nextStart = nextName;
            }

            int nameLine = offset > 0 ? NameLineAbove(source, lines, nonBlank, unit.First, offset, nameTexts) : offset < 0 ? Below(nonBlank, unit.Last, -offset) : -1;
            bool named = nameLine > previousEnd && nameLine < nextStart && IsNameLine(source, lines, nonBlank, nameLine);
            var own = unit.Cues.Find(c => c.Author is not null).Author;
            string? author = own ?? (named ? Bare(source.AsSpan(lines[nameLine].Span)).ToString() : null);
            int start = named && nameLine < unit.First ? nameLine : unit.First;
            int last = named && nameLine > unit.Last ? nameLine : unit.Last;
            if (weak && (author is null || (own is null && !HasProse(source, lines, last + 1, nextStart))))
            {
                continue;
            }

            if (author is not null)
            {
                withAuthor++;
            }

            headers.Add(new Header(start, last, author is null ? null : GluedName.Clean(author, source.Text, cleaned)));
            previousEnd = last;
        }

        if (weak)
        {
            headers = WithoutCopies(source, lines, headers);
            if (headers.Count < 2)
            {
                return [];
            }
        }

        // A unit that names no one in most of its repeats is not a thread (a list, a table of figures).
        return withAuthor * 3 >= headers.Count * 2 ? headers : [];
    }

    /// <summary>The texts of the name lines at <paramref name="offset"/> over the units, as printed.</summary>
    private static HashSet<string> NameTexts(SourceText source, List<LayoutLine> lines, List<int> nonBlank, List<Cluster> units, int offset)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (Above(nonBlank, unit.First, offset) is var line and >= 0 && IsNameLine(source, lines, nonBlank, line))
            {
                texts.Add(Bare(source.AsSpan(lines[line].Span)).ToString());
            }
        }

        return texts;
    }

    /// <summary>
    /// The name line <paramref name="offset"/> non-blank lines above <paramref name="first"/>, or -1. A reply's
    /// header may print the member it answers between the name and the date, as the bare user name that other
    /// headers print with more ("name" under "nameFull NameTitle"): then the name line is the one over it, when
    /// that one is printed as other headers' name lines are.
    /// </summary>
    private static int NameLineAbove(SourceText source, List<LayoutLine> lines, List<int> nonBlank, int first, int offset, HashSet<string> nameTexts)
    {
        int line = Above(nonBlank, first, offset);
        if (line < 0 || nameTexts.Count < 2 || Above(nonBlank, line, 1) is not (var over and >= 0) || !nameTexts.Contains(Bare(source.AsSpan(lines[over].Span)).ToString()))
        {
            return line;
        }

        var text = Bare(source.AsSpan(lines[line].Span));
        foreach (string name in nameTexts)
        {
            if (!text.IsEmpty && name.Length > text.Length && name.AsSpan().StartsWith(text, StringComparison.Ordinal) && !char.IsWhiteSpace(name[text.Length]))
            {
                return over;
            }
        }

        return line;
    }

    /// <summary>
    /// A post shown twice (a "best answer" over the thread, a "recent comments" list under it) has the same
    /// author, header and first line each time: the copy with the fewest lines goes (the earlier on a tie, as
    /// a teaser stands above the thread).
    /// </summary>
    private static List<Header> WithoutCopies(SourceText source, List<LayoutLine> lines, List<Header> headers)
    {
        var keep = new bool[headers.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int h = 0; h < headers.Count; h++)
        {
            keep[h] = true;
            int end = h + 1 < headers.Count ? headers[h + 1].Start : lines.Count;
            int first = headers[h].Last + 1;
            // The first line of prose: a member title or a handle under the name is the same in every post of one member.
            while (first < end && (lines[first].IsBlank || LineCues.WordCount(source.AsSpan(lines[first].Span)) < 3))
            {
                first++;
            }

            // The author, the header's last line (its date) and the start of the first line of prose (a list may cut it short).
            var opening = first < end ? source.AsSpan(lines[first].Span) : [];
            string key = $"{headers[h].Author}\n{source.ToString(lines[headers[h].Last].Span)}\n{opening[..Math.Min(opening.Length, CopyPrefix)]}";
            if (seen.TryGetValue(key, out int other))
            {
                int otherEnd = other + 1 < headers.Count ? headers[other + 1].Start : lines.Count;
                bool longer = end - headers[h].Last >= otherEnd - headers[other].Last;
                keep[longer ? other : h] = false;
                if (longer)
                {
                    seen[key] = h;
                }
            }
            else
            {
                seen[key] = h;
            }
        }

        return [.. headers.Where((_, h) => keep[h])];
    }

    /// <summary>
    /// True when a line of <paramref name="from"/>..<paramref name="to"/> is prose: four words or more (not a
    /// "Key: value" line), or a sentence's end; a row of counters ("1 / 5") or labels is none.
    /// </summary>
    private static bool HasProse(SourceText source, List<LayoutLine> lines, int from, int to)
    {
        for (int i = from; i < to && i < lines.Count; i++)
        {
            var t = source.AsSpan(lines[i].Span);
            if (lines[i].IsBlank || !HasLetter(t))
            {
                continue;
            }

            int colon = t.IndexOf(':');
            if ((LineCues.WordCount(t) >= 4 && (colon < 0 || colon > 25)) || t[^1] is '.' or '!' or '?' or '。' or '！' or '？')
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetter(ReadOnlySpan<char> t)
    {
        foreach (char c in t)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The offset (1 to <see cref="NameReach"/> non-blank lines above each header) where a name-shaped line
    /// stands over at least two thirds of the headers, with the most distinct texts (names vary; a member
    /// title or a "Top" link repeats) and the same name wherever a unit's handle (<paramref name="handles"/>) is the
    /// same; see the tie rules below. When no offset above has one, the same one or two lines below the header
    /// (a date over the name and title): a negative offset. 0 when there is none.
    /// </summary>
    private static int NameOffset(SourceText source, List<LayoutLine> lines, List<int> nonBlank, List<Cluster> units, string?[] handles)
    {
        int best = 0, bestDistinct = 0;
        string?[] bestValues = [];
        foreach (int k in (ReadOnlySpan<int>)[1, 2, 3, -1, -2])
        {
            // A name below the header (a date over the name and title) only when none stands above it.
            if (k < 0 && best > 0)
            {
                break;
            }

            var values = new string?[units.Count];
            int shaped = 0, joined = 0, phrases = 0;
            for (int u = 0; u < units.Count; u++)
            {
                int line = k > 0 ? Above(nonBlank, units[u].First, k) : Below(nonBlank, units[u].Last, -k);
                if (line >= 0 && IsNameLine(source, lines, nonBlank, line))
                {
                    shaped++;
                    string value = Bare(source.AsSpan(lines[line].Span)).ToString();
                    values[u] = value;
                    phrases += IsSentenceCase(value) ? 1 : 0;
                    joined += k > 1 && Above(nonBlank, units[u].First, k - 1) == line + 1 ? 1 : 0;
                }
            }

            // Lines mostly in sentence case (capital first word, lower-case last: "Statins and memory", "Senior
            // member") are headlines or titles; members' names capitalise each word or none ("Rodrigo detector" is
            // one such name among others).
            int distinct = values.Where(v => v is not null).Distinct(StringComparer.Ordinal).Count();
            if (shaped * 3 < units.Count * 2 || phrases * 2 > shaped || !Determines(handles, values))
            {
                continue;
            }

            // A member title is the same for every post of one member, so it never varies more than the name;
            // when it varies just as much and groups the posts just as the name does (a member posts more than
            // once, so the grouping says something), the name is the line right over it in the same block (no
            // blank line between: the end of the post before is set apart). An avatar's text that repeats the
            // name ("nameAvatar border") is no line of its own.
            bool over = distinct == bestDistinct && distinct < shaped && k == best + 1 && best > 0 && joined * 3 >= units.Count * 2
                && SamePartition(values, bestValues) && !Repeats(values, bestValues);
            // A farther line that varies more is the name only when it tells apart what the nearer one does (a
            // title or a repeated link is the same for one member); a "Reply" link over some names and a heading
            // over the first is no such line.
            if ((distinct > bestDistinct && Determines(values, bestValues)) || over)
            {
                best = k;
                bestDistinct = distinct;
                bestValues = values;
            }
        }

        return best;
    }

    /// <summary>True when units with the same value in <paramref name="a"/> have the same value in <paramref name="b"/> (where both have one).</summary>
    private static bool Determines(string?[] a, string?[] b)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int u = 0; u < a.Length && u < b.Length; u++)
        {
            if (a[u] is { } x && b[u] is { } y && !seen.TryAdd(x, y) && seen[x] != y)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when equal values of <paramref name="a"/> stand exactly where equal values of <paramref name="b"/> do.</summary>
    private static bool SamePartition(string?[] a, string?[] b)
    {
        var forward = new Dictionary<string, string>(StringComparer.Ordinal);
        var backward = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int u = 0; u < a.Length; u++)
        {
            if (a[u] is not { } x || b[u] is not { } y)
            {
                continue;
            }

            if ((forward.TryGetValue(x, out var fy) && fy != y) || (backward.TryGetValue(y, out var bx) && bx != x))
            {
                return false;
            }

            forward[x] = y;
            backward[y] = x;
        }

        return true;
    }

    /// <summary>True when a value of <paramref name="outer"/> contains the value of <paramref name="inner"/> beside it.</summary>
    private static bool Repeats(string?[] outer, string?[] inner)
    {
        for (int u = 0; u < outer.Length; u++)
        {
            if (outer[u] is { } o && inner[u] is { } i && o.Contains(i, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A name-shaped line that is no avatar: a letter alone over a line that begins with it is the initial that
    /// stands in for a member's picture ("T" over "Tiberius").
    /// </summary>
    private static bool IsNameLine(SourceText source, List<LayoutLine> lines, List<int> nonBlank, int line)
    {
        var t = Bare(source.AsSpan(lines[line].Span));
        if (!IsNameShaped(t))
        {
            return false;
        }

        if (t.Length > 1)
        {
            return true;
        }

        int next = Below(nonBlank, line, 1);
        return next < 0 || source.AsSpan(lines[next].Span) is var below && (below.IsEmpty || char.ToUpperInvariant(below[0]) != char.ToUpperInvariant(t[0]));
    }

    /// <summary>
    /// With one header there is nothing to compare: the name is the top of the run of name-shaped lines over it
    /// (name, member title, banner), within <see cref="NameReach"/> lines. 0 when the line above is no name.
    /// </summary>
    private static int TopOfNameRun(SourceText source, List<LayoutLine> lines, List<int> nonBlank, int first)
    {
        int k = 0;
        while (k < NameReach && Above(nonBlank, first, k + 1) is var line and >= 0 && IsNameShaped(Bare(source.AsSpan(lines[line].Span))))
        {
            k++;
        }

        return k;
    }

    /// <summary>The line <paramref name="k"/> non-blank lines below <paramref name="line"/>, or -1.</summary>
    private static int Below(List<int> nonBlank, int line, int k)
    {
        int index = nonBlank.BinarySearch(line);
        int ordinal = (index >= 0 ? index : ~index - 1) + k;
        return ordinal >= 0 && ordinal < nonBlank.Count ? nonBlank[ordinal] : -1;
    }

    /// <summary>The line <paramref name="k"/> non-blank lines above <paramref name="line"/>, or -1.</summary>
    private static int Above(List<int> nonBlank, int line, int k)
    {
        int ordinal = Ordinal(nonBlank, line) - k;
        return ordinal >= 0 ? nonBlank[ordinal] : -1;
    }

    private static int Ordinal(List<int> nonBlank, int line)
    {
        int index = nonBlank.BinarySearch(line);
        return index >= 0 ? index : ~index;
    }

    /// <summary>A line without the list marker a text browser puts before it ("• ", "* ", "1. ") or an image's stand-in.</summary>
    private static ReadOnlySpan<char> Bare(ReadOnlySpan<char> t)
    {
        if (t.Length > 2 && t[0] is '•' or '●' or '○' or '◦' or '▪' or '□' or '■' or '*' or '+' or '-' && t[1] == ' ')
        {
            t = t[2..].TrimStart();
        }

        // "[avatar]Name": an image's stand-in glued before the name.
        if (t.Length > 2 && t[0] == '[' && t.IndexOf(']') is var close and > 0 && close + 1 < t.Length)
        {
            return t[(close + 1)..].TrimStart();
        }

        int digits = 0;
        while (digits < t.Length && digits < 4 && char.IsAsciiDigit(t[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < t.Length && t[digits] == '.' && t[digits + 1] == ' ' ? t[(digits + 2)..].TrimStart() : t;
    }

    /// <summary>A member's name: one to four words, no sentence or key punctuation, not chrome, some letter in it.</summary>
    internal static bool IsNameShaped(ReadOnlySpan<char> t)
    {
        if (t.IsEmpty || t.Length > 50 || LineCues.WordCount(t) > 4 || LineCues.EndsWithPunctuation(t) || t.Contains(':') || LineCues.IsChrome(t))
        {
            return false;
        }

        // "[avatar]" and "(BUTTON)": a text browser's stand-in for an image or a control, not a name.
        if ((t[0] == '[' && t[^1] == ']') || (t[0] == '(' && t[^1] == ')') || t.Contains('[') || t.Contains(']'))
        {
            return false;
        }

        // "27. September 2018" and "5 months ago" are the post's date, not its author ("name MVP 2024" is a name and a title).
        if (DateLine.IsDate(t))
        {
            return false;
        }

        foreach (char c in t)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two words or more, the first capitalised and the last not: "Statins and memory", "Senior member".</summary>
    private static bool IsSentenceCase(string t)
    {
        int last = t.LastIndexOf(' ');
        return char.IsUpper(t[0]) && last > 0 && last + 1 < t.Length && char.IsLower(t[last + 1]);
    }

    /// <summary>The cue of line <paramref name="i"/>: a member-panel key or a post number, or null.</summary>
    private static Cue? Read(SourceText source, List<LayoutLine> lines, int i, bool weak)
    {
        var t = source.AsSpan(lines[i].Span);
        if (t.Length > 80)
        {
            return null;
        }

        if (PostNumber(t, out string? author))
        {
            return new Cue(i, "#", i, author);
        }

        int colon = t.IndexOf(':');
        var key = (colon >= 0 ? t[..colon] : t).Trim();
        if (key.IsEmpty || key.Length > 20 || !Lexicon.MemberCounters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key))
        {
            return !weak ? null
                : DateLine.IsByLine(t, out string? named) ? new Cue(i, DateKey, i, named)
                : DateLine.IsDate(t) ? new Cue(i, DateKey, i, null)
                : DateLine.IsHandle(t) ? new Cue(i, HandleKey, i, null)
                : null;
        }

        // "Posts: 3" on one line; "Joined" or "Messages:" over a short value on the next.
        bool valueBelow = colon < 0 || colon == t.Length - 1;
        if (!valueBelow)
        {
            return LineCues.WordCount(t[(colon + 1)..]) <= 5 ? new Cue(i, key.ToString().ToLowerInvariant(), i, null) : null;
        }

        // The value under a key is a count or a date ("Messages" over "1,006"), so that a table's column heads are no panel.
        int next = i + 1;
        if (next < lines.Count && !lines[next].IsBlank && LineCues.WordCount(source.AsSpan(lines[next].Span)) <= 5 && ContainsDigit(source.AsSpan(lines[next].Span)))
        {
            return new Cue(i, key.ToString().ToLowerInvariant(), next, null);
        }

        return null;
    }

    /// <summary>
    /// "#3", "Reply #3", "Post #3", "#3 Post by Name » 2024-04-10", "2 weeks ago #1 by Name", "Post by Name » date":
    /// a short line with a post number (only a date or a by-line around it) or a by-line with a "»"; the name
    /// after "by" is returned when the line has one.
    /// </summary>
    internal static bool PostNumber(ReadOnlySpan<char> t, out string? author)
    {
        author = null;
        int mark = t.IndexOf('»');
        foreach (var word in Lexicon.ByWords)
        {
            // "Post by Name »", "Beitrag von Name »" (the word may be glued to the one before it: "Beitragvon").
            int by = mark > 0 ? t[..mark].LastIndexOf(word + " ", StringComparison.OrdinalIgnoreCase) : -1;
            if (by >= 0)
            {
                var name = t[(by + word.Length + 1)..mark].Trim();
                if (IsNameShaped(name))
                {
                    author = name.ToString();
                    return true;
                }
            }
        }

        if (LineCues.WordCount(t) > 10)
        {
            return false;
        }

        int hash = -1;
        for (int i = 0; i + 1 < t.Length; i++)
        {
            if (t[i] == '#' && char.IsAsciiDigit(t[i + 1]) && (i == 0 || t[i - 1] == ' '))
            {
                hash = i;
                break;
            }
        }

        if (hash < 0)
        {
            return false;
        }

        int end = hash + 1;
        while (end < t.Length && char.IsAsciiDigit(t[end]))
        {
            end++;
        }

        if (end - hash > 8 || (end < t.Length && t[end] != ' '))
        {
            return false;
        }

        // Before the number: nothing, "Reply" / "Post", or the post's date ("2 weeks ago #1", "2017-03-06 at 10:39 pm #1452").
        var before = t[..hash].Trim();
        if (!before.IsEmpty && !Lexicon.PostNumberPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before) && !ContainsDigit(before))
        {
            return false;
        }

        // After it: nothing, a date, or "by Name"; "#1 Aspirin cut the risk …" is a list item.
        var after = t[end..].Trim();
        foreach (var word in Lexicon.ByWords)
        {
            if (after.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase) && IsNameShaped(after[(word.Length + 1)..].Trim()))
            {
                author = after[(word.Length + 1)..].Trim().ToString();
                return true;
            }
        }

        return after.IsEmpty || (LineCues.WordCount(after) <= 5 && !LineCues.EndsWithPunctuation(after) && ContainsDigit(after));
    }

    private static bool ContainsDigit(ReadOnlySpan<char> t)
    {
        foreach (char c in t)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
