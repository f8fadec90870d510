namespace ClaimCheck.Linking;

/// <summary>
/// Reduces a group label to the key that names the same arm across sentences: "the MSC group",
/// "MSC infusion" → "msc"; "placebo group", "a placebo" → "placebo".
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

        // The last meaningful word names the arm ("the MSC group" → "msc"); hyphenated words stay whole,
        // so that "four-channel" and "dual-channel", "intervention" and "non-intervention" stay apart.
        var tokens = lower.Split([' ', '/', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => Array.IndexOf(NoiseWords, t) < 0)
            .ToList();
        if (tokens.Count == 0)
        {
            return null;
        }

        string key = tokens[^1];
        if (key.Length > 3 && key.EndsWith('s'))
        {
            key = key[..^1];
        }

        return key;
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
