using ClaimCheck.Documents;

namespace ClaimCheck.Parsing.Layout;

/// <summary>A block to be: its role, what it quotes, and its paragraphs.</summary>
/// <param name="Kind">The block's role.</param>
/// <param name="Paragraphs">The paragraphs in reading order.</param>
internal sealed record BlockPlan(BlockKind Kind, IReadOnlyList<ParagraphPlan> Paragraphs)
{
    /// <summary>The quoted member or source; a source line after a quote may still fill it in.</summary>
    internal string? Source { get; set; }
}
