using System.Collections.Immutable;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Segmenting.Roles;
using ClaimCheck.Text;

namespace ClaimCheck.Segmenting;

/// <summary>
/// The roles, clauses and cues of one block's sentences, each worked out on first use and kept. Thread-safe: a value
/// computed twice by two threads at once is the same value, and the first one stored wins.
/// </summary>
internal sealed class BlockFacts : SentenceFacts
{
    /// <summary>The role model is for abstracts; a longer block without headings is left without roles.</summary>
    internal const int MaxModelSentences = 60;

    private readonly SourceText _source;
    private readonly Block _block;
    private readonly bool _headed;
    private readonly Lazy<IReadOnlyList<SentenceRole>?> _modelRoles;
    private readonly Lazy<bool[]> _boilerplate;
    private readonly ImmutableArray<Clause>[] _clauses;

    internal BlockFacts(SourceText source, Block block)
    {
        _source = source;
        _block = block;
        _headed = block.Sentences.Any(s => s.Section is not null);
        _modelRoles = new(ModelRoles);
        _boilerplate = new(Boilerplate);
        _clauses = new ImmutableArray<Clause>[block.Sentences.Length];
    }

    internal override SentenceRole? RoleOf(int index)
    {
        if (_headed)
        {
            return HeadingRoles.Of(_block.Sentences[index].Section).Role;
        }

        return _modelRoles.Value is { } roles ? roles[index] : null;
    }

    internal override ImmutableArray<Clause> ClausesOf(int index, Sentence sentence)
    {
        var clauses = _clauses[index];
        if (clauses.IsDefault)
        {
            clauses = Segment(sentence.Span, _boilerplate.Value[index]);
            ImmutableInterlocked.InterlockedInitialize(ref _clauses[index], clauses);
            clauses = _clauses[index];
        }

        return clauses;
    }

    private ImmutableArray<Clause> Segment(TextSpan sentence, bool boilerplate)
    {
        string text = _source.Text;
        bool tableRow = TableRows.IsTableRow(text, sentence);
        var builder = ImmutableArray.CreateBuilder<Clause>();
        foreach (var span in ClauseSplitter.Of(text, sentence))
        {
            var cues = CueReader.Read(text, span);
            if (tableRow || boilerplate)
            {
                // Whole-sentence facts: every clause carries them, over its whole span.
                var whole = cues.ToBuilder();
                if (tableRow)
                {
                    whole.Insert(0, new Cue(CueKind.TableRow, span, span));
                }

                if (boilerplate && !cues.Any(c => c.Kind == CueKind.Boilerplate))
                {
                    whole.Insert(0, new Cue(CueKind.Boilerplate, span, span));
                }

                cues = whole.ToImmutable();
            }

            builder.Add(new Clause(span, cues));
        }

        return builder.ToImmutable();
    }

    /// <summary>For an article block without headings and of an abstract's size, the role model's roles; else null.</summary>
    private IReadOnlyList<SentenceRole>? ModelRoles()
        => _block.Kind == BlockKind.ArticleText && _block.Sentences.Length <= MaxModelSentences
            ? SentenceRoleClassifier.Classify([.. _block.Sentences.Select(s => s.Text)])
            : null;

    /// <summary>Which sentences are boilerplate as a whole: under a boilerplate heading (funding, affiliations …), or in a paragraph of forward-looking statements.</summary>
    private bool[] Boilerplate()
    {
        string text = _source.Text;
        var flags = new bool[_block.Sentences.Length];
        var paragraphs = _block.Paragraphs.Where(p => p.Kind != ParagraphKind.Heading && p.Kind != ParagraphKind.Title).ToList();
        var boilerplateParagraphs = paragraphs.Where(p => CueReader.MentionsAny(text, p.Span, Lexicon.ForwardLooking, Lexicon.ForwardLookingSearch)).Select(p => p.Span).ToList();
        // Sentences and paragraphs are both in text order: one walk over the two.
        int next = 0;
        for (int i = 0; i < flags.Length; i++)
        {
            var sentence = _block.Sentences[i];
            while (next < boilerplateParagraphs.Count && boilerplateParagraphs[next].End <= sentence.Span.Start)
            {
                next++;
            }

            flags[i] = HeadingRoles.Of(sentence.Section).Boilerplate || (next < boilerplateParagraphs.Count && boilerplateParagraphs[next].Contains(sentence.Span));
        }

        return flags;
    }
}
