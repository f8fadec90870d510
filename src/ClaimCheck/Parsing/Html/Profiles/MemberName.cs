using System.Text;
using AngleSharp.Dom;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>
/// The name in a name block that carries more than the name ("klwild 22 Posts Topic Author", "Ann (OP)",
/// "Ann · views 5605"): the first run of text up to where another piece of the block begins — a child element
/// other than plain formatting (a badge, a counter, a role tag, a line of its own). An avatar's one-letter
/// initial and a lone "by" before the name give way to the name after them.
/// </summary>
internal static class MemberName
{
    /// <summary>Tags that format a name's own text and never start another piece of the block.</summary>
    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal) { "b", "strong", "i", "em", "u", "font", "bdi", "mark", "wbr" };

    /// <summary>The first run of text under <paramref name="root"/>, skipping <paramref name="skip"/> elements; null when it has none.</summary>
    internal static string? FirstRun(IElement root, Func<IElement, bool> skip)
    {
        var text = new StringBuilder();
        bool done = false;
        Dom.Walk(root, node =>
        {
            if (done)
            {
                return false;
            }

            switch (node)
            {
                case IText t:
                    text.Append(t.Data);
                    return false;
                case IElement e when !Dom.IsInvisible(e) && !skip(e):
                    if (Formatting.Contains(e.LocalName) && e.GetAttribute("class") is null)
                    {
                        return true;
                    }

                    // Another piece of the block begins: what came before is the name, unless it is only an
                    // initial or a "by".
                    string before = Collapse(text);
                    if (before.Length > 0 && !IsLeadIn(before))
                    {
                        done = true;
                        return false;
                    }

                    text.Clear();
                    return e.LocalName != "br";
                default:
                    return false;
            }
        });

        string name = Collapse(text);
        return name.Length == 0 || IsLeadIn(name) ? null : name;
    }

    /// <summary>True for text that only leads in to a name: an avatar's initial, "@", "by".</summary>
    private static bool IsLeadIn(string text)
    {
        if (text.Length == 1 || text is "@" or "·")
        {
            return true;
        }

        foreach (string by in Lexicon.ByWords)
        {
            if (text.Equals(by, StringComparison.OrdinalIgnoreCase) || text.Equals("posted " + by, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string Collapse(StringBuilder text) => string.Join(' ', text.ToString().Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
}
