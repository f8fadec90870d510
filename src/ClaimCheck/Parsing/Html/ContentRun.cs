using ClaimCheck.Documents;

namespace ClaimCheck.Parsing.Html;

/// <summary>
/// Consecutive lines of a post with one markup role: the member's own text, a quote naming a member,
/// or a quote naming none (pasted article text).
/// </summary>
/// <param name="Kind">The role the markup gives: <see cref="BlockKind.Commentary"/>, <see cref="BlockKind.QuotedPost"/> or <see cref="BlockKind.ArticleText"/>.</param>
/// <param name="Source">The quoted member (or the quoted page, when the markup names one), else null.</param>
internal sealed record ContentRun(BlockKind Kind, string? Source)
{
    /// <summary>The run's lines in reading order.</summary>
    internal List<ContentLine> Lines { get; } = [];
}
