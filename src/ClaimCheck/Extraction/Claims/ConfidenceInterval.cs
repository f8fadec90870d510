using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>A confidence (or credible) interval as printed: <c>95% CI: 0.65–4.34</c>, <c>[0.50‐1.13]</c>. Immutable.</summary>
/// <param name="Span">From the level (or the label, or the first bound) to the upper bound.</param>
/// <param name="Level">The printed level (95 for "95% CI", a percentage), or null when the text gives none. It may be printed in a heading earlier in the sentence ("median PFS (95% CI) was 10.9 (3.5–16.5)"), outside <paramref name="Span"/>.</param>
/// <param name="Lower">The first bound as printed (normally the lower one; reversed bounds are kept as written).</param>
/// <param name="Upper">The second bound as printed.</param>
public sealed record ConfidenceInterval(TextSpan Span, ReportedNumber? Level, ReportedNumber Lower, ReportedNumber Upper)
{
    /// <summary>The level as a fraction (0.95 for "95% CI"); 0.95 when the text gives no level.</summary>
    public double LevelOrDefault => Level is { } level ? level.Value / 100 : 0.95;

    /// <summary>
    /// True when, in an estimate's claim, a closing bracket beyond the one that closes the interval stands between
    /// the interval and the claim's p ("(95% CI 1.1–2.0)), p = .03"): the p then belongs to a comparison around it.
    /// </summary>
    public bool ClosedBeforeP { get; internal init; }
}
