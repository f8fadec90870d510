namespace ClaimCheck.Parsing;

/// <summary>
/// Cuts a long plain text, read from a <see cref="TextReader"/>, into parts of at most a given length, holding
/// one part (and what has been read past it) at a time. A part ends at the last paragraph break (after a blank
/// line) in the characters read; without one, at the last line break; in a line longer than a part, at the
/// length (never between the halves of a surrogate pair or between CR and LF).
/// </summary>
internal static class TextParts
{
    /// <summary>One part: its text, where it starts in the whole text and how many line breaks and characters of its first line come before it.</summary>
    /// <param name="Text">The part's text.</param>
    /// <param name="Index">0-based.</param>
    /// <param name="Offset">The offset of its first character in the whole text.</param>
    /// <param name="LinesBefore">Line breaks before it (CR LF, LF or a lone CR, as <see cref="Text.SourceText"/> counts them).</param>
    /// <param name="ColumnsBefore">Characters of its first line before it (0 unless the part before was cut inside a line).</param>
    /// <param name="More">True when text follows the part.</param>
    /// <param name="Unread">For the last part read when the whole text is longer than the most that is read: the characters not read; else 0.</param>
    internal readonly record struct Part(string Text, int Index, int Offset, int LinesBefore, int ColumnsBefore, bool More, long Unread);

    /// <summary>The parts of <paramref name="reader"/>'s text, read lazily; one part, empty, for an empty text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="maxLength">The most characters in a part.</param>
    /// <param name="maxTotal">The most characters read (offsets are <see cref="int"/>s); the rest is counted, not read into a part.</param>
    internal static IEnumerable<Part> Split(TextReader reader, int maxLength, long maxTotal = int.MaxValue)
    {
        // One character more than a part: when it is there, the text goes on past the part.
        var buffer = new char[maxLength + 1];
        int filled = 0, offset = 0, linesBefore = 0, columnsBefore = 0, index = 0;
        bool ended = false;
        while (true)
        {
            long allowed = maxTotal - offset;
            int room = (int)Math.Min(buffer.Length, allowed + 1);
            while (!ended && filled < room)
            {
                int n = reader.Read(buffer, filled, room - filled);
                ended = n == 0;
                filled += n;
            }

            if (filled == 0 && index > 0)
            {
                yield break;
            }

            bool last = filled <= Math.Min(maxLength, allowed);
            // Past the most that is read, the last part ends at a line break and the rest is only counted.
            bool capped = !last && allowed <= maxLength;
            int limit = (int)Math.Min(maxLength, allowed);
            int cut = last ? filled : limit == 0 ? 0 : Cut(buffer.AsSpan(0, limit), capped);
            var text = new string(buffer, 0, cut);
            long unread = capped ? filled - cut + Count(reader) : 0;
            yield return new Part(text, index++, offset, linesBefore, columnsBefore, !last && !capped, unread);
            if (last || capped)
            {
                yield break;
            }

            (linesBefore, columnsBefore) = Advance(text, linesBefore, columnsBefore);
            offset += cut;
            filled -= cut;
            Array.Copy(buffer, cut, buffer, 0, filled);
        }
    }

    /// <summary>Where to end a part of <paramref name="text"/> (read so far, more to come): after the last blank line, else after the last line break, else at the length.</summary>
    internal static int Cut(ReadOnlySpan<char> text, bool lineBreakOnly = false)
    {
        int end = text.LastIndexOf('\n');
        if (!lineBreakOnly)
        {
            // Line by line backwards: a line of white space alone is a paragraph break.
            for (int lineEnd = end; lineEnd > 0;)
            {
                int lineStart = text[..lineEnd].LastIndexOf('\n') + 1;
                if (text[lineStart..lineEnd].IsWhiteSpace())
                {
                    return lineEnd + 1;
                }

                lineEnd = lineStart - 1;
            }
        }

        if (end >= 0)
        {
            return end + 1;
        }

        int lone = text[..^1].LastIndexOf('\r');
        if (lone >= 0)
        {
            // A lone CR ends a line too (a CR at the very end may be followed by LF: not cut there).
            return lone + 1;
        }

        int cut = text.Length;
        if (char.IsHighSurrogate(text[cut - 1]) || text[cut - 1] == '\r')
        {
            cut--;
        }

        return cut;
    }

    /// <summary>The line breaks and columns before the part that follows <paramref name="text"/>.</summary>
    private static (int LinesBefore, int ColumnsBefore) Advance(string text, int linesBefore, int columnsBefore)
    {
        int lastBreakEnd = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            // As SourceText counts lines: LF, CR LF, a lone CR; a part never ends between CR and LF.
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                linesBefore++;
                lastBreakEnd = i + 1;
            }
        }

        return lastBreakEnd < 0 ? (linesBefore, columnsBefore + text.Length) : (linesBefore, text.Length - lastBreakEnd);
    }

    /// <summary>The characters left in <paramref name="reader"/>, read and dropped.</summary>
    private static long Count(TextReader reader)
    {
        var scratch = new char[1 << 16];
        long count = 0;
        int n;
        while ((n = reader.Read(scratch, 0, scratch.Length)) > 0)
        {
            count += n;
        }

        return count;
    }
}
