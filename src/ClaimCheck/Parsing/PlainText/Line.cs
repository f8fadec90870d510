using ClaimCheck.Text;

namespace ClaimCheck.Parsing.PlainText;

/// <summary>One line of a plain-text page, trimmed of white space (no-break and thin spaces included).</summary>
/// <param name="Index">0-based line number.</param>
/// <param name="Span">The trimmed line's span; empty for a blank line.</param>
internal readonly record struct Line(int Index, TextSpan Span)
{
    internal bool IsBlank => Span.IsEmpty;

    /// <summary>Splits <paramref name="text"/> into trimmed lines in one pass.</summary>
    internal static List<Line> Split(string text)
    {
        var lines = new List<Line>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n' || text[i] == '\r')
            {
                int s = start, e = i;
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }

                while (e > s && char.IsWhiteSpace(text[e - 1]))
                {
                    e--;
                }

                lines.Add(new Line(lines.Count, e > s ? TextSpan.FromBounds(s, e) : new TextSpan(start, 0)));
                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        return lines;
    }
}
