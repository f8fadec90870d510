using ClaimCheck.Text;

namespace ClaimCheck.Documents;

/// <summary>One cue of a clause: its kind, the words that carry it, and the text it applies to.</summary>
/// <param name="Kind">What the cue says.</param>
/// <param name="Span">The cue's words in the document's source text.</param>
/// <param name="Scope">The text the cue governs: for a negation or exception, from the cue to where it stops; otherwise <paramref name="Span"/>.</param>
public readonly record struct Cue(CueKind Kind, TextSpan Span, TextSpan Scope);
