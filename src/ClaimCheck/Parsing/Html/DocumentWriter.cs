using System.Collections.Immutable;
using ClaimCheck.Documents;
using ClaimCheck.Parsing.Layout;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing.Html;

/// <summary>
/// Writes the kept lines into the document's <see cref="SourceText"/> (blocks apart by a blank line,
/// lines by a line break), each piece with its place in the page, and gives the paragraph spans.
/// </summary>
internal sealed class DocumentWriter
{
    private readonly SourceTextBuilder _builder;

    internal DocumentWriter(string html) => _builder = new SourceTextBuilder(html);

    /// <summary>Writes the blocks of one post; returns each block's paragraph spans.</summary>
    /// <param name="blocks">The post's blocks, their spans in the layout text of <paramref name="content"/>.</param>
    /// <param name="content">The post's lines.</param>
    internal List<List<BlockFactory.ParagraphSpan>> Write(IReadOnlyList<BlockPlan> blocks, ContentLines content)
    {
        var result = new List<List<BlockFactory.ParagraphSpan>>(blocks.Count);
        foreach (var block in blocks)
        {
            var spans = new List<BlockFactory.ParagraphSpan>(block.Paragraphs.Count);
            int written = -1, shift = 0;
            foreach (var (line, paragraph) in block.Paragraphs)
            {
                // A line split into a heading and its text is written once.
                if (line != written)
                {
                    shift = WriteLine(content.Pieces[line], written < 0 ? "\n\n" : "\n") - content.Lines[line].Span.Start;
                    written = line;
                }

                spans.Add(paragraph with { Span = new TextSpan(paragraph.Span.Start + shift, paragraph.Span.Length) });
            }

            result.Add(spans);
        }

        return result;
    }

    /// <summary>Writes one line's pieces after <paramref name="separator"/> (none at the very start); returns where it starts.</summary>
    internal int WriteLine(IReadOnlyList<TextPiece> pieces, string separator)
    {
        if (_builder.Length > 0)
        {
            _builder.AppendSeparator(separator);
        }

        int start = _builder.Length;
        foreach (var piece in pieces)
        {
            if (piece.IsSeparator)
            {
                _builder.AppendSeparator(piece.Text);
            }
            else
            {
                _builder.Append(piece.Text, piece.RawStart, piece.RawLength);
            }
        }

        return start;
    }

    internal SourceText Finish(string? path) => _builder.ToSourceText(path);

    /// <summary>Makes the blocks of one post once the source text is finished.</summary>
    internal static ImmutableArray<Block> Blocks(SourceText source, IReadOnlyList<BlockPlan> plans, List<List<BlockFactory.ParagraphSpan>> spans)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>(plans.Count);
        for (int i = 0; i < plans.Count; i++)
        {
            blocks.Add(BlockFactory.Create(source, plans[i].Kind, spans[i], plans[i].Source));
        }

        return blocks.MoveToImmutable();
    }
}
