namespace ClaimCheck.Linking;

/// <summary>
/// What the words of one sentence say about the claims in it, read once by Linking so that rules match no
/// words themselves: whether it speaks of allocation, a subset, adjustment or a model, attrition, events,
/// whole-number data, or one-sided tests, and the clause that may explain a changed denominator.
/// </summary>
/// <param name="SpeaksOfAllocation">"random…", "allocat…" or "assign…": a ratio in it is an allocation ratio, not a sex ratio.</param>
/// <param name="MentionsSubset">A subset was analysed ("subgroup", "per-protocol", "lost to follow", "evaluable" …).</param>
/// <param name="ExplanatoryClause">A clause such as "After adjusting for …" quoted from the sentence, or null.</param>
/// <param name="SaysAdjusted">"adjust…", "multivariable" or "multivariate" (any case): an estimate need not follow from crude counts.</param>
/// <param name="SaysModelBased">Adjusted, Bayesian, regression or model wording: a difference may not be the difference of the values.</param>
/// <param name="MentionsAttrition">People leaving or analysed apart (completion, withdrawal, loss to follow-up).</param>
/// <param name="CountsEvents">Events rather than people allocated ("died", "events", "complications", "each group").</param>
/// <param name="SaysWholeNumbers">The data are counts ("number of", "episodes", "visits" …): GRIM and GRIMMER apply.</param>
/// <param name="DeclaresOneSided">One-sided, one-tailed or directional tests.</param>
internal sealed record SentenceFacts(
    bool SpeaksOfAllocation,
    bool MentionsSubset,
    string? ExplanatoryClause,
    bool SaysAdjusted,
    bool SaysModelBased,
    bool MentionsAttrition,
    bool CountsEvents,
    bool SaysWholeNumbers,
    bool DeclaresOneSided)
{
    private static readonly string[] SubsetWords =
        ["subgroup", "subset", "of those", "among those", "who completed", "completers", "per-protocol", "per protocol", "lost to follow", "withdrew", "missing", "available", "evaluable", "died"];

    private static readonly string[] ExplanationOpeners = ["after adjusting", "adjusted for", "after adjustment", "excluding", "after excluding"];

    private static readonly string[] ModelWords = ["adjust", "bayes", "posterior", "credible", "regression", "model", "ancova", "least-squares", "least squares"];

    private static readonly string[] WholeNumberCues = ["number of", "count of", "episodes", "no. of", "times per", "visits", "admissions", "relapses", "lesions counted"];

    /// <summary>No facts: for a span that is not a sentence with claims.</summary>
    internal static SentenceFacts None { get; } = new(false, false, null, false, false, false, false, false, false);

    /// <summary>Reads the facts of <paramref name="sentence"/>.</summary>
    internal static SentenceFacts Of(string sentence)
    {
        string lower = sentence.ToLowerInvariant();
        return new SentenceFacts(
            SpeaksOfAllocation: lower.Contains("random", StringComparison.Ordinal) || lower.Contains("allocat", StringComparison.Ordinal) || lower.Contains("assign", StringComparison.Ordinal),
            MentionsSubset: SubsetWords.Any(w => lower.Contains(w, StringComparison.Ordinal)),
            ExplanatoryClause: ExplanatoryClauseOf(sentence, lower),
            SaysAdjusted: sentence.Contains("adjust", StringComparison.OrdinalIgnoreCase) || sentence.Contains("multivariable", StringComparison.OrdinalIgnoreCase)
                || sentence.Contains("multivariate", StringComparison.OrdinalIgnoreCase),
            SaysModelBased: ModelWords.Any(w => lower.Contains(w, StringComparison.Ordinal)),
            MentionsAttrition: Stages.MentionsAttrition(sentence),
            CountsEvents: lower.Contains("died", StringComparison.Ordinal) || lower.Contains("death", StringComparison.Ordinal) || lower.Contains("event", StringComparison.Ordinal)
                || lower.Contains("complication", StringComparison.Ordinal) || lower.Contains("each group", StringComparison.Ordinal),
            SaysWholeNumbers: WholeNumberCues.Any(c => lower.Contains(c, StringComparison.Ordinal)),
            DeclaresOneSided: OneSidedTests.Declared(sentence));
    }

    /// <summary>A clause such as "After adjusting for China's dynamic zero-COVID-19 strategy", when the sentence has one.</summary>
    private static string? ExplanatoryClauseOf(string sentence, string lower)
    {
        foreach (var opener in ExplanationOpeners)
        {
            int at = lower.IndexOf(opener, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            int end = sentence.IndexOf(',', at);
            return end > at ? sentence[at..end] : Shorten(sentence[at..]);
        }

        return null;
    }

    /// <summary>At most 120 characters of <paramref name="text"/>, for quoting.</summary>
    internal static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "…";
}
