using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Parsing.Layout;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing.PlainText;

/// <summary>
/// Parses a page saved by select-all, copy and paste, or dumped by a text browser. A forum thread is
/// recognised by its post headers: a numbered line with the member's name over the name and a member title,
/// else the unit that repeats once per post (<see cref="RepeatingUnit"/>); anything else is read as one
/// article body between the site's chrome.
/// </summary>
internal static class PlainTextThreadParser
{
    internal static ThreadDocument Parse(SourceText source, ImmutableArray<Finding> inputFindings)
    {
        var lines = TextLines.Split(source.Text);
        var headers = FindPostHeaders(source, lines);
        if (headers.Count == 0)
        {
            headers = [.. RepeatingUnit.Find(source, lines).Select(h => new PostHeader(h.Start, h.Last, h.Author))];
        }

        int width = HardWrap.Width(source.Text, lines);
        return headers.Count > 0
            ? ParseThread(source, lines, headers, width, inputFindings)
            : PagePartitioner.Parse(source, HardWrap.Rejoin(source.Text, lines, width), inputFindings);
    }

    /// <summary>A post's header lines (<paramref name="MarkerLine"/> to <paramref name="AuthorLine"/>, the body follows) and its author.</summary>
    private readonly record struct PostHeader(int MarkerLine, int AuthorLine, string? Author);

    /// <summary>
    /// Post headers: "1. name" followed, after blank lines at most, by a line that starts with the same
    /// name (the name and the member's title). Numbers must increase.
    /// </summary>
    private static List<PostHeader> FindPostHeaders(SourceText source, List<LayoutLine> lines)
    {
        var headers = new List<PostHeader>();
        long lastNumber = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            var text = source.AsSpan(lines[i].Span);
            int digits = 0;
            while (digits < text.Length && digits < 7 && char.IsAsciiDigit(text[digits]))
            {
                digits++;
            }

            if (digits == 0 || digits >= text.Length || text[digits] != '.' || digits + 1 >= text.Length || !char.IsWhiteSpace(text[digits + 1]))
            {
                continue;
            }

            var name = text[(digits + 1)..].Trim();
            if (name.IsEmpty || name.Length > 60 || LineCues.WordCount(name) > 6 || LineCues.EndsWithPunctuation(name))
            {
                continue;
            }

            int next = i + 1;
            while (next < lines.Count && lines[next].IsBlank && next - i <= 3)
            {
                next++;
            }

            if (next >= lines.Count || lines[next].IsBlank)
            {
                continue;
            }

            // The member line is the name and a short member title ("forestglip Senior Member"), never a sentence.
            var author = source.AsSpan(lines[next].Span);
            if (!author.StartsWith(name, StringComparison.Ordinal) || (author.Length > name.Length && !char.IsWhiteSpace(author[name.Length]))
                || LineCues.WordCount(author) > 12 || author[^1] is '.' or '!' or '?')
            {
                continue;
            }

            long number = long.Parse(text[..digits], CultureInfo.InvariantCulture);
            if (number <= lastNumber)
            {
                continue;
            }

            lastNumber = number;
            headers.Add(new PostHeader(i, next, name.ToString()));
            i = next;
        }

        return headers;
    }

    private static ThreadDocument ParseThread(SourceText source, List<LayoutLine> lines, List<PostHeader> headers, int width, ImmutableArray<Finding> inputFindings)
    {
        string? title = null, forum = null, starter = null;
        DateTimeOffset? started = null;
        for (int i = 0; i < headers[0].MarkerLine; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            var text = source.AsSpan(lines[i].Span);
            title ??= text.ToString();
            ReadThreadStarter(text, ref forum, ref starter, ref started);
        }

        // The thread's own chrome below the last post ("Share This Page") ends the last post.
        int end = lines.Count;
        for (int i = headers[^1].AuthorLine + 1; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank && LineCues.IsEndMarker(source.AsSpan(lines[i].Span)))
            {
                end = i;
                break;
            }
        }

        var posts = ImmutableArray.CreateBuilder<Post>(headers.Count);
        for (int p = 0; p < headers.Count; p++)
        {
            int from = SkipMemberInfo(source, lines, headers[p].AuthorLine + 1, p + 1 < headers.Count ? headers[p + 1].MarkerLine : end);
            int to = p + 1 < headers.Count ? headers[p + 1].MarkerLine : end;
            var blocks = BlockFactory.Create(source, BlockSegmenter.Segment(source.Text, HardWrap.Rejoin(source.Text, PostLines.Read(source.Text, lines, from, to), width)));
            DateTimeOffset? postedAt = p == 0 && headers[p].Author == starter ? started : null;
            posts.Add(new Post(p + 1, headers[p].Author, postedAt, blocks));
        }

        return new ThreadDocument(source, DocumentKind.ForumThread, title, forum, posts.MoveToImmutable(), inputFindings);
    }

    /// <summary>Reads XenForo's "Discussion in 'Forum' started by Name, Feb 27, 2025." line.</summary>
    private static void ReadThreadStarter(ReadOnlySpan<char> text, ref string? forum, ref string? starter, ref DateTimeOffset? started)
    {
        const string Prefix = "Discussion in '";
        const string StartedBy = "' started by ";
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return;
        }

        int close = text.IndexOf(StartedBy, StringComparison.Ordinal);
        if (close < Prefix.Length)
        {
            return;
        }

        forum = text[Prefix.Length..close].ToString();
        var rest = text[(close + StartedBy.Length)..].TrimEnd('.');
        int comma = rest.IndexOf(',');
        if (comma <= 0)
        {
            return;
        }

        starter = rest[..comma].Trim().ToString();
        if (DateTime.TryParseExact(rest[(comma + 1)..].Trim(), ["MMM d, yyyy", "MMMM d, yyyy", "d MMM yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            started = new DateTimeOffset(date, TimeSpan.Zero);
        }
    }

    /// <summary>
    /// Skips the member information under a post header: "Messages:" / "1,778" pairs (key on one
    /// line, value on the next) and short "Joined: Mar 2020" lines. Returns the first content line.
    /// </summary>
    private static int SkipMemberInfo(SourceText source, List<LayoutLine> lines, int from, int to)
    {
        int i = from;
        while (i < to)
        {
            if (lines[i].IsBlank)
            {
                i++;
                continue;
            }

            var text = source.AsSpan(lines[i].Span);
            int colon = text.IndexOf(':');
            bool keyShaped = colon > 0 && char.IsUpper(text[0]) && LineCues.WordCount(text[..colon]) <= 3 && LineCues.LexiconHeading(text[..colon]) is null;
            if (keyShaped && colon == text.Length - 1 && i + 1 < to && !lines[i + 1].IsBlank && LineCues.WordCount(source.AsSpan(lines[i + 1].Span)) <= 6)
            {
                i += 2;
                continue;
            }

            if (keyShaped && colon < text.Length - 1 && LineCues.WordCount(text[(colon + 1)..]) <= 4)
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }
}
