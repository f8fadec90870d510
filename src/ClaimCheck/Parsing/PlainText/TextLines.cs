using ClaimCheck.Parsing.Layout;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing.PlainText;

/// <summary>Splits a text page into its lines, each trimmed of white space (no-break and thin spaces included).</summary>
internal static class TextLines
{
    /// <summary>The lines of <paramref name="text"/> in one pass; a blank line has an empty span.</summary>
    internal static List<LayoutLine> Split(string text)
    {
        var lines = new List<LayoutLine>();
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

                lines.Add(new LayoutLine(e > s ? TextSpan.FromBounds(s, e) : new TextSpan(start, 0)));
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
