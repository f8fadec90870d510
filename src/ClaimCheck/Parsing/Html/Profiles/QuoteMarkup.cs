namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>What the markup of a quote says about it.</summary>
/// <param name="Member">The quoted member's name, or null for a quote that names no member.</param>
/// <param name="Source">For a quote naming no member, the quoted page or work when the markup names one; else null.</param>
internal readonly record struct QuoteMarkup(string? Member, string? Source);
