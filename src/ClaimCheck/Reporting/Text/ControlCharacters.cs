using System.Globalization;
using System.Text;

namespace ClaimCheck.Reporting.Text;

/// <summary>
/// Makes text taken from pages safe to print on a terminal: C0 controls (but the tab), DEL and C1
/// controls are written as <c>\x1B</c> or <c>\u009B</c>, so that an escape sequence in a page cannot move the
/// cursor, recolour the terminal or change its title. A line break becomes a space (one finding, one line).
/// </summary>
internal static class ControlCharacters
{
    /// <summary>Appends <paramref name="text"/> to <paramref name="builder"/> with its control characters escaped.</summary>
    internal static StringBuilder AppendEscaped(this StringBuilder builder, string text)
    {
        foreach (char c in text)
        {
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
            }
            else if (c == '\t' || !IsControl(c))
            {
                builder.Append(c);
            }
            else if (c < 0x80)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder;
    }

    /// <summary>True for C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F).</summary>
    internal static bool IsControl(char c) => c < 0x20 || c is >= '\u007F' and <= '\u009F';
}
