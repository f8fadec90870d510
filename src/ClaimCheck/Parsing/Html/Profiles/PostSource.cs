using AngleSharp.Dom;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>One post as a profile found it: who wrote it, when, and the elements that hold its text.</summary>
/// <param name="Author">The member's name, or null.</param>
/// <param name="PostedAt">When it was posted, from a datetime attribute; else null.</param>
/// <param name="ContentRoots">The elements holding the post's own text and quotes, in reading order.</param>
internal sealed record PostSource(string? Author, DateTimeOffset? PostedAt, IReadOnlyList<IElement> ContentRoots);
