using System.Collections.Immutable;
using ClaimCheck.Documents;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing.Layout;

/// <summary>Builds blocks from paragraph spans: splits sentences and guesses the language. Shared by every parser.</summary>
internal static class BlockFactory
{
    internal readonly record struct ParagraphSpan(ParagraphKind Kind, TextSpan Span, string? Section);

    /// <summary>The blocks of <paramref name="plans"/> whose spans point into <paramref name="source"/> itself (a page read as text).</summary>
    internal static ImmutableArray<Block> Create(SourceText source, IReadOnlyList<BlockPlan> plans)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>(plans.Count);
        foreach (var plan in plans)
        {
            var spans = new List<ParagraphSpan>(plan.Paragraphs.Count);
            foreach (var paragraph in plan.Paragraphs)
            {
                spans.Add(paragraph.Paragraph);
            }

            blocks.Add(Create(source, plan.Kind, spans, plan.Source));
        }

        return blocks.MoveToImmutable();
    }

    internal static Block Create(SourceText source, BlockKind kind, IReadOnlyList<ParagraphSpan> spans, string? quotedSource)
    {
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>(spans.Count);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        foreach (var p in spans)
        {
            paragraphs.Add(new Paragraph(source, p.Kind, p.Span, p.Section));
            if (p.Kind is ParagraphKind.Body or ParagraphKind.ListItem)
            {
                foreach (var s in SentenceSplitter.Split(source.Text, p.Span))
                {
                    sentences.Add(new Sentence(source, s, p.Section));
                }
            }
        }

        string? language = null;
        if (spans.Count > 0)
        {
            var whole = TextSpan.FromBounds(spans[0].Span.Start, spans[^1].Span.End);
            // A sample of the block is enough to tell the script.
            language = ScriptDetector.Guess(source.AsSpan(whole)[..Math.Min(whole.Length, 4000)]);
        }

        return new Block(kind, paragraphs.MoveToImmutable(), sentences.ToImmutable(), quotedSource, language);
    }
}
