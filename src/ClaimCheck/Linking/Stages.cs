namespace ClaimCheck.Linking;

/// <summary>The stage of a trial a sentence speaks of, read from its verbs (randomised, enrolled, analysed …).</summary>
internal static class Stages
{
    private static readonly (string Stem, string Stage)[] Stems =
    [
        ("randomi", "randomized"), ("randomly assigned", "randomized"), ("randomly allocated", "randomized"), ("allocated", "randomized"),
        ("assigned", "randomized"), ("enrol", "enrolled"), ("recruit", "recruited"), ("includ", "included"), ("screen", "screened"), ("eligible", "screened"), ("identified", "screened"), ("assessed for", "screened"),
        ("analy", "analysed"), ("evaluable", "analysed"), ("complet", "completed"), ("received", "treated"), ("treated", "treated"),
        ("followed up", "followed up"), ("follow-up", "followed up"), ("registered", "enrolled"), ("participated", "enrolled"),
    ];

    private static readonly string[] AttritionStems = ["complet", "analy", "withdr", "dropped", "drop out", "dropout", "lost to", "excluded", "discontinu", "died", "evaluable", "available", "follow"];

    /// <summary>The stage word nearest to <paramref name="offset"/> in <paramref name="sentence"/> (offset relative to the sentence), or null.</summary>
    internal static string? Nearest(string sentence, int offset)
    {
        string lower = sentence.ToLowerInvariant();
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var (stem, stage) in Stems)
        {
            for (int at = lower.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(stem, at + 1, StringComparison.Ordinal))
            {
                int distance = Math.Abs(at - offset);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = stage;
                }
            }
        }

        return best;
    }

    /// <summary>True when the sentence speaks of people leaving or being analysed apart (completion, withdrawal, loss to follow-up).</summary>
    internal static bool MentionsAttrition(string sentence)
    {
        string lower = sentence.ToLowerInvariant();
        return AttritionStems.Any(s => lower.Contains(s, StringComparison.Ordinal));
    }
}
