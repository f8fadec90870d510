using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A count of people or a group size: <c>n = 65</c>, <c>(n=65)</c>, <c>65 patients</c>,
/// <c>One hundred patients</c>, <c>65 receiving MSC treatment</c>. Immutable.
/// </summary>
public sealed record CountClaim : Claim
{
    internal CountClaim(TextSpan span, string text, TextSpan sentenceSpan, ReportedNumber count, string? noun, string? groupLabel)
        : base(span, text, sentenceSpan)
    {
        Count = count;
        Noun = noun;
        GroupLabel = groupLabel;
    }

    /// <summary>The number (possibly in words).</summary>
    public ReportedNumber Count { get; internal init; }

    /// <summary>The counted noun as written ("patients", "volunteers"), or null for <c>n = 65</c>.</summary>
    public string? Noun { get; internal init; }

    /// <summary>The group the sentence names for the count ("MSC infusion", "placebo", "UC-MSCs"), or null.</summary>
    public string? GroupLabel { get; internal init; }

    /// <summary>True when the count is written as a group size, "n = 65", "(N=65)" or "n 65": Linking reads it as an arm's size.</summary>
    internal bool WrittenAsN
    {
        get
        {
            var text = Text.AsSpan().TrimStart("( ");
            return text.Length > 1 && text[0] is 'n' or 'N' && !char.IsLetter(text[1]);
        }
    }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Count;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("Count").Add("n", Count).Add("noun", Noun).Add("label", GroupLabel);

    /// <inheritdoc/>
    public override ReportedNumber? Headline => Count;

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers => [Count];
}
