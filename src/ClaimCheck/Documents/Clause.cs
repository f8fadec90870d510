using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Documents;

/// <summary>
/// A clause of a sentence, cut at its contrasts ("A improved (p = .01), but B did not differ" is two), with the cues
/// found in it. Immutable.
/// </summary>
public sealed class Clause
{
    internal Clause(TextSpan span, ImmutableArray<Cue> cues)
    {
        Span = span;
        Cues = cues;
    }

    /// <summary>The clause's span in the document's source text.</summary>
    public TextSpan Span { get; }

    /// <summary>The cues of the clause, in text order.</summary>
    public ImmutableArray<Cue> Cues { get; }

    /// <summary>True when the clause holds a cue of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind asked for.</param>
    public bool Has(CueKind kind)
    {
        foreach (var cue in Cues)
        {
            if (cue.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a cue of <paramref name="kind"/> lies within <paramref name="span"/>.</summary>
    /// <param name="kind">The kind asked for.</param>
    /// <param name="span">The span to look in (a claim's span, say).</param>
    public bool Has(CueKind kind, TextSpan span)
    {
        foreach (var cue in Cues)
        {
            if (cue.Kind == kind && cue.Span.Start >= span.Start && cue.Span.End <= span.End)
            {
                return true;
            }
        }

        return false;
    }
}
