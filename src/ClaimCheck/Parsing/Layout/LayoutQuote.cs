namespace ClaimCheck.Parsing.Layout;

/// <summary>
/// One quote as the page shows it. The lines of one quote share the instance: two quotes one after the
/// other are two quotes even when they name the same member.
/// </summary>
/// <param name="member">The quoted member's name, or null for a quote that names no member (pasted article text).</param>
/// <param name="source">For a quote naming no member, the quoted page or work when the page names one; else null.</param>
internal sealed class LayoutQuote(string? member, string? source)
{
    /// <summary>The quoted member's name, or null for a quote that names no member.</summary>
    internal string? Member { get; } = member;

    /// <summary>The quoted page or work, when a quote naming no member names one; else null.</summary>
    internal string? Source { get; } = source;
}
