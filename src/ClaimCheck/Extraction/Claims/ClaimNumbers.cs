namespace ClaimCheck.Extraction.Claims;

/// <summary>Lists the numbers of an estimate, its interval and its p-value in text order.</summary>
internal static class ClaimNumbers
{
    internal static IEnumerable<ReportedNumber> Of(ReportedNumber estimate, ConfidenceInterval? interval, PValue? p)
    {
        var list = new List<ReportedNumber>(5) { estimate };
        if (interval is not null)
        {
            if (interval.Level is { } level)
            {
                list.Add(level);
            }

            list.Add(interval.Lower);
            list.Add(interval.Upper);
        }

        if (p?.Value is { } value)
        {
            list.Add(value);
        }

        list.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return list;
    }
}
