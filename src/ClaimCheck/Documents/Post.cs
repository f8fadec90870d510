using System.Collections.Immutable;

namespace ClaimCheck.Documents;

/// <summary>One post of a thread (or the single body of a news or article page). Immutable.</summary>
/// <param name="Index">1-based position in the document.</param>
/// <param name="Author">The member's name, or null when the page does not name one.</param>
/// <param name="PostedAt">When the post was written, when the page says so; else null.</param>
/// <param name="Blocks">The post's blocks in reading order; empty for a post with no text of its own.</param>
public sealed record Post(int Index, string? Author, DateTimeOffset? PostedAt, ImmutableArray<Block> Blocks);
