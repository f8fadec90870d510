using System.Globalization;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>Reads names and times out of the small print of forum markup (quote headers, datetime attributes).</summary>
internal static class Attribution
{
    /// <summary>Endings of quote headers in the languages of the corpus ("X said:", "X hat gesagt.:", "X wrote:").</summary>
    private static readonly string[] Verbs =
    [
        " said:", " said", " wrote:", " wrote", " hat gesagt.:", " hat gesagt:", " hat geschrieben:", " schrieb:",
        " a dit :", " a dit:", " a écrit :", " a écrit:", " dijo:", " escribió:", " ha scritto:", " ha detto:", " zei:", " schreef:",
    ];

    /// <summary>Beginnings of quote headers ("Zitat von X", "Originally Posted by X", "Quote from X").</summary>
    private static readonly string[] Prefixes = ["Originally Posted by ", "Originally posted by ", "Zitat von ", "Quote from ", "Quote by "];

    /// <summary>The member a quote header names, or null when the header has no known shape.</summary>
    internal static string? NameFromHeader(string? header)
    {
        if (header is null)
        {
            return null;
        }

        var text = header.AsSpan().Trim().TrimEnd('↑').TrimEnd();
        foreach (string prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return Clean(text[prefix.Length..]);
            }
        }

        foreach (string verb in Verbs)
        {
            if (text.EndsWith(verb, StringComparison.Ordinal))
            {
                return Clean(text[..^verb.Length]);
            }
        }

        return null;
    }

    /// <summary>Reads an ISO 8601 datetime attribute ("2018-09-27T14:51:09+0200", "2022-07-09T10:05:17"); a time without offset is taken as UTC.</summary>
    internal static DateTimeOffset? ParseDateTime(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        // "+0200" is valid ISO 8601 but .NET wants "+02:00".
        if (value.Length > 5 && value[^5] is '+' or '-' && char.IsAsciiDigit(value[^4]) && char.IsAsciiDigit(value[^1]) && value[^6] != ':' && value.Contains('T', StringComparison.Ordinal))
        {
            value = string.Concat(value.AsSpan(0, value.Length - 2), ":", value.AsSpan(value.Length - 2));
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
    }

    /// <summary>Reads milliseconds since the Unix epoch (Discourse's <c>data-time</c>).</summary>
    internal static DateTimeOffset? ParseUnixMilliseconds(string? value)
        => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long ms) && ms is > 0 and < 253402300799999
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;

    private static string? Clean(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        return name.IsEmpty || name.Length > 80 ? null : name.ToString();
    }
}
