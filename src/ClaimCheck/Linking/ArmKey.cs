namespace ClaimCheck.Linking;

/// <summary>
/// Reduces a group label to the key that names the same arm across sentences: "the MSC group",
/// "MSC infusion" → "msc"; "placebo group", "a placebo" → "placebo"; "the low dose group" → "low dose".
/// </summary>
internal static class ArmKey
{
    private static readonly string[] NoiseWords =
        ["the", "a", "an", "group", "groups", "arm", "arms", "patients", "participants", "subjects", "treatment", "treated", "infusion",
         "administration", "therapy", "recipients", "receiving", "in", "of", "cohort"];

    private static readonly string[] ControlWords = ["placebo", "control", "sham", "usual care", "standard care", "standard of care"];

    /// <summary>The arm key of <paramref name="label"/>, or null when nothing names an arm.</summary>
    internal static string? Of(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        string lower = label.ToLowerInvariant();
        foreach (var control in ControlWords)
        {
            if (lower.Contains(control, StringComparison.Ordinal))
            {
                return control;
            }
        }

        // The meaningful words name the arm ("the MSC group" → "msc"); hyphenated words stay whole, so that
        // "four-channel" and "dual-channel", "intervention" and "non-intervention" stay apart, and every word counts,
        // so that "low dose" and "high dose", "tailored letters intervention" and "brief advice intervention" do too.
        var tokens = lower.Split([' ', '/', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => Array.IndexOf(NoiseWords, t) < 0)
            .Select(t => t.Length > 3 && t.EndsWith('s') ? t[..^1] : t)
            .ToList();
        return tokens.Count == 0 ? null : string.Join(' ', tokens);
    }

    /// <summary>
    /// The stricter key a group's stated size is filed under: the label lower-cased, without "the" and without a
    /// trailing "group", "arm" or "cohort" ("the MSC group" → "msc", but "MSC infusion" stays "msc infusion"). A size
    /// is lent to a percentage only under this key, so that a loose match never supplies a wrong denominator.
    /// </summary>
    internal static string SizeKey(string label)
    {
        string key = label.Trim().ToLowerInvariant();
        foreach (var suffix in (ReadOnlySpan<string>)[" groups", " group", " arm", " arms", " cohort"])
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                key = key[..^suffix.Length];
                break;
            }
        }

        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>True when the key names a control arm (placebo, control, sham, usual or standard care).</summary>
    internal static bool IsControl(string key) => Array.IndexOf(ControlWords, key) >= 0;
}
