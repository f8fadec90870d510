using ClaimCheck.Lexicons;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>
/// Reads a quote header ("X wrote:", "Originally Posted by X", "Quote from: X on 3 May 2020", "Quote:")
/// against the forms of the lexicon (<c>quote-headers.txt</c>).
/// </summary>
internal static class QuoteHeader
{
    private const string Placeholder = "{name}";

    /// <summary>
    /// True when <paramref name="header"/> has the shape of a quote header; <paramref name="member"/> is then the
    /// member it names, or null for a header that names no one ("Quote:").
    /// </summary>
    internal static bool TryRead(string? header, out string? member)
    {
        member = null;
        if (header is null || header.Length > 160)
        {
            return false;
        }

        var text = header.AsSpan().Trim().TrimEnd('↑').TrimEnd();
        foreach (string form in Lexicon.QuoteHeaders)
        {
            int at = form.IndexOf(Placeholder, StringComparison.Ordinal);
            if (at < 0)
            {
                if (text.Equals(form, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                continue;
            }

            var before = form.AsSpan(0, at);
            var after = form.AsSpan(at + Placeholder.Length);
            if (before.Length > 0)
            {
                if (!text.StartsWith(before, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // "Quote from: X on May 3, 2020": the date after the name is not part of it.
                var name = text[before.Length..];
                int on = name.IndexOf(" on ", StringComparison.Ordinal);
                if (on > 0 && name[on..].ContainsAnyInRange('0', '9'))
                {
                    name = name[..on];
                }

                member = Clean(name);
                return member is not null;
            }

            // "X wrote:" at the end, or followed by an arrow and a date ("X wrote: ↑ Sat May 3").
            int end = text.EndsWith(after, StringComparison.OrdinalIgnoreCase) ? text.Length - after.Length : -1;
            if (end < 0 && after.Length > 1 && after[^1] == ':')
            {
                int inner = text.IndexOf(after, StringComparison.OrdinalIgnoreCase);
                end = inner > 0 && text[(inner + after.Length)..].TrimStart().StartsWith("↑") ? inner : -1;
            }

            if (end > 0)
            {
                member = Clean(text[..end]);
                if (member is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The member a quote header names, or null when it names none or is not a header.</summary>
    internal static string? NameOf(string? header) => TryRead(header, out string? member) ? member : null;

    private static string? Clean(ReadOnlySpan<char> name)
    {
        name = name.Trim().TrimStart('@').Trim();
        if (name.IsEmpty || name.Length > 60)
        {
            return null;
        }

        int words = 1;
        foreach (char c in name)
        {
            words += c == ' ' ? 1 : 0;
        }

        return words > 6 ? null : name.ToString();
    }
}
