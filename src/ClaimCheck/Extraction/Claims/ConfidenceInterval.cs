using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>A confidence (or credible) interval as printed: <c>95% CI: 0.65–4.34</c>, <c>[0.50‐1.13]</c>. Immutable.</summary>
public sealed record ConfidenceInterval
{
    internal ConfidenceInterval(TextSpan span, ReportedNumber? level, ReportedNumber lower, ReportedNumber upper)
    {
        Span = span;
        Level = level;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>From the level (or the label, or the first bound) to the upper bound.</summary>
    public TextSpan Span { get; internal init; }

    /// <summary>The printed level (95 for "95% CI", a percentage), or null when the text gives none. It may be printed in a heading earlier in the sentence ("median PFS (95% CI) was 10.9 (3.5–16.5)"), outside <see cref="Span"/>.</summary>
    public ReportedNumber? Level { get; internal init; }

    /// <summary>The first bound as printed (normally the lower one; reversed bounds are kept as written).</summary>
    public ReportedNumber Lower { get; internal init; }

    /// <summary>The second bound as printed.</summary>
    public ReportedNumber Upper { get; internal init; }

    /// <summary>The level as a fraction (0.95 for "95% CI"); 0.95 when the text gives no level.</summary>
    public double LevelOrDefault => Level is { } level ? level.Value / 100 : 0.95;

    /// <summary>
    /// True when, in an estimate's claim, a closing bracket beyond the one that closes the interval stands between
    /// the interval and the claim's p ("(95% CI 1.1–2.0)), p = .03"): the p then belongs to a comparison around it.
    /// </summary>
    public bool ClosedBeforeP { get; internal init; }
}
