using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A count of people or a group size: <c>n = 65</c>, <c>(n=65)</c>, <c>65 patients</c>,
/// <c>One hundred patients</c>, <c>65 receiving MSC treatment</c>. Immutable.
/// </summary>
/// <param name="Span">The whole claim, e.g. <c>n = 65</c> or <c>One hundred patients</c>.</param>
/// <param name="Text">The source text of <paramref name="Span"/>.</param>
/// <param name="SentenceSpan">The span of the sentence.</param>
/// <param name="Count">The number (possibly in words).</param>
/// <param name="Noun">The counted noun as written ("patients", "volunteers"), or null for <c>n = 65</c>.</param>
/// <param name="GroupLabel">The group the sentence names for the count ("MSC infusion", "placebo", "UC-MSCs"), or null.</param>
public sealed record CountClaim(
    TextSpan Span,
    string Text,
    TextSpan SentenceSpan,
    ReportedNumber Count,
    string? Noun,
    string? GroupLabel) : Claim(Span, Text, SentenceSpan)
{
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
