using System.Globalization;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>Reads names and times out of the small print of forum markup (quote headers, datetime attributes).</summary>
internal static class Attribution
{
    /// <summary>The member a quote header names ("X said:", "Zitat von X"), or null when the header names none or has no known shape.</summary>
    internal static string? NameFromHeader(string? header) => QuoteHeader.NameOf(header);

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
}
