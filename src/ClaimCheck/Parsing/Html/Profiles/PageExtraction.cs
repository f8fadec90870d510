namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>What a profile found on a page: title, forum (from breadcrumbs) and posts.</summary>
/// <param name="Title">The thread or page title, or null.</param>
/// <param name="Forum">The forum the thread is in, or null.</param>
/// <param name="Posts">The posts in page order; empty when the profile found none.</param>
internal sealed record PageExtraction(string? Title, string? Forum, IReadOnlyList<PostSource> Posts);
