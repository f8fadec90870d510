using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Documents;

/// <summary>
/// A sentence of a block, with the facts the Segmenting stage gives it: its role and its clauses with their cues.
/// Immutable: those facts are worked out on first use, once, and never change.
/// </summary>
public sealed record Sentence
{
    private readonly SourceText _source;
    private readonly SentenceFacts? _facts;
    private readonly int _index;

    internal Sentence(SourceText source, TextSpan span, string? section)
        : this(source, span, section, null, -1)
    {
    }

    private Sentence(SourceText source, TextSpan span, string? section, SentenceFacts? facts, int index)
    {
        _source = source;
        Span = span;
        Section = section;
        _facts = facts;
        _index = index;
    }

    /// <summary>The sentence's span in the document's <see cref="SourceText"/>.</summary>
    public TextSpan Span { get; }

    /// <summary>The section heading in force where the sentence stands (e.g. "Results"), or null when none.</summary>
    public string? Section { get; }

    /// <summary>
    /// The sentence's text: the source text of <see cref="Span"/>, read from the document's source on each call rather
    /// than stored, so that a document holds its text once (a 100 MB page would otherwise keep two more copies).
    /// </summary>
    public string Text => _source.ToString(Span);

    /// <summary>
    /// The sentence's role: from its section heading ("Results", "RESULTS:", "ABSTRACT.RESULTS."), or for a sentence of
    /// an article block without headings from the shipped sentence-role model; null when neither says (commentary, a
    /// heading with no role such as "Funding", or a document that was not segmented).
    /// </summary>
    public SentenceRole? Role => _facts?.RoleOf(_index);

    /// <summary>The sentence's clauses in order, covering it, each with its cues; empty when the document was not segmented.</summary>
    public ImmutableArray<Clause> Clauses => _facts?.ClausesOf(_index, this) ?? [];

    /// <summary>The clause that contains <paramref name="position"/>, or null.</summary>
    /// <param name="position">An offset in the source text.</param>
    public Clause? ClauseAt(int position)
    {
        var clauses = Clauses;
        int low = 0, high = clauses.Length - 1;
        while (low <= high)
        {
            int mid = low + ((high - low) / 2);
            if (position < clauses[mid].Span.Start)
            {
                high = mid - 1;
            }
            else if (position >= clauses[mid].Span.End)
            {
                low = mid + 1;
            }
            else
            {
                return clauses[mid];
            }
        }

        return null;
    }

    /// <summary>True when any clause of the sentence holds a cue of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind asked for.</param>
    public bool Has(CueKind kind)
    {
        foreach (var clause in Clauses)
        {
            if (clause.Has(kind))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>This sentence, its facts given by <paramref name="facts"/> as sentence <paramref name="index"/> of its block.</summary>
    internal Sentence WithFacts(SentenceFacts facts, int index) => new(_source, Span, Section, facts, index);
}
