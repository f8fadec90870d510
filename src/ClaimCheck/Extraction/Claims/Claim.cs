using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A numeric claim (or significance wording) found in a block's text. <see cref="Text"/> is exactly
/// the source text of <see cref="Span"/>; every number in the claim keeps its own span. Immutable.
/// </summary>
public abstract record Claim
{
    private protected Claim(TextSpan span, string text, TextSpan sentenceSpan)
    {
        Span = span;
        Text = text;
        SentenceSpan = sentenceSpan;
    }

    /// <summary>The span of the whole claim in the document's source text.</summary>
    public TextSpan Span { get; }

    /// <summary>The source text of <see cref="Span"/>.</summary>
    public string Text { get; }

    /// <summary>The span of the sentence the claim stands in.</summary>
    public TextSpan SentenceSpan { get; }

    /// <summary>What sort of claim this is.</summary>
    public abstract ClaimKind Kind { get; }

    /// <summary>Every number of the claim in text order (a number taken from another sentence for context comes where the claim refers to it).</summary>
    public abstract IEnumerable<ReportedNumber> Numbers { get; }

    /// <summary>The number that names the claim's quantity (a proportion's percentage, else its count; a count; an estimate; a p), or null for claims without one.</summary>
    public virtual ReportedNumber? Headline => null;

    /// <summary>
    /// The claim in its canonical notation: the kind, then its fields as <c>key=value</c>, numbers as printed
    /// (<c>Proportion k=23 n=49 pct=46.94% label=MSC_group</c>, <c>Ratio m=OR name=OR est=1.68 level=95% lo=0.65 hi=4.34 p=0.28</c>).
    /// Spaces in values are written <c>_</c>; absent fields and false flags are left out.
    /// </summary>
    /// <returns>The notation.</returns>
    public sealed override string ToString() => Notation().ToString();

    /// <summary>The claim's kind and fields, for <see cref="ToString"/>.</summary>
    private protected abstract ClaimNotation Notation();

    /// <summary>True when any number of the claim was reconstructed from damaged notation (rule CC9004).</summary>
    public bool HasReconstructedNumber => Numbers.Any(n => n.IsReconstructed);
}
