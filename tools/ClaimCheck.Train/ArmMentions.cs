using System.Text;
using System.Text.RegularExpressions;

namespace ClaimCheck.Train;

/// <summary>
/// Finds where a statement names the intervention and the comparator of the question, and writes the statement with
/// those mentions replaced by <see cref="Intervention"/> and <see cref="Comparator"/>. Names in the question are
/// often longer than in the text ("Liraglutide (1.2 mg) plus glimepiride" against "liraglutide"), so a mention is a
/// run of words each of which matches a word that only one arm's name has (words both names share, such as
/// "glimepiride" or "group", say nothing about which arm is meant), equal or sharing their first five letters. A
/// number or a single letter ("Group 1", "arm B") matches only after "group" or "arm". Where the text names neither
/// arm by its words, the generic words of a comparator (placebo, control, usual care …) stand for the comparator and
/// "intervention", "experimental" or "treatment group" for the intervention, unless the other arm's name has them.
/// </summary>
internal static partial class ArmMentions
{
    /// <summary>The word that stands for a mention of the intervention in the rewritten text.</summary>
    internal const string Intervention = "xintervention";

    /// <summary>The word that stands for a mention of the comparator in the rewritten text.</summary>
    internal const string Comparator = "xcomparator";

    private static readonly HashSet<string> Stop =
    [
        "the", "a", "an", "of", "and", "or", "with", "without", "plus", "in", "on", "at", "to", "for", "by", "from", "as", "who", "which",
        "group", "groups", "arm", "arms", "patient", "patients", "participant", "participants", "women", "men", "children", "people", "individuals", "subjects", "treatment", "treated", "therapy", "received", "receiving",
        "mg", "g", "kg", "ml", "μg", "mcg", "iu", "day", "daily", "once", "twice", "times", "weeks", "week", "months", "dose", "doses", "per",
        "h", "hours", "min", "minutes", "only", "alone", "same", "their", "were", "was", "is", "be", "that", "this", "all",
    ];

    private static readonly HashSet<string> GenericComparator = ["placebo", "control", "controls", "usual", "sham", "vehicle", "untreated", "conventional", "standard"];

    private static readonly HashSet<string> GenericIntervention = ["intervention", "experimental"];

    private static readonly HashSet<string> GroupWords = ["group", "groups", "arm", "arms", "cohort"];

    /// <summary>Which arms a statement names.</summary>
    [Flags]
    internal enum Found
    {
        /// <summary>Neither.</summary>
        None = 0,

        /// <summary>The intervention.</summary>
        Intervention = 1,

        /// <summary>The comparator.</summary>
        Comparator = 2,
    }

    /// <summary>
    /// <paramref name="statement"/> with the mentions of <paramref name="intervention"/> and
    /// <paramref name="comparator"/> replaced by the placeholder words, and which of the two it names. Without both
    /// names, the statement is returned as it is.
    /// </summary>
    internal static (string Text, Found Found) Replace(string statement, string? intervention, string? comparator, string? outcome)
    {
        if (string.IsNullOrWhiteSpace(intervention) || string.IsNullOrWhiteSpace(comparator))
        {
            return (statement, Found.None);
        }

        var iWords = ContentWords(intervention);
        var cWords = ContentWords(comparator);
        // Words the outcome has too ("sleep hygiene education" for "sleep disturbance") name the outcome, not the arm.
        var oWords = string.IsNullOrWhiteSpace(outcome) ? [] : ContentWords(outcome);
        var iOnly = iWords.Where(w => !cWords.Contains(w) && !Matches(w, oWords, afterGroup: true)).ToList();
        var cOnly = cWords.Where(w => !iWords.Contains(w) && !Matches(w, oWords, afterGroup: true)).ToList();

        var words = Word().Matches(statement).ToList();
        var arm = new int[words.Count];
        for (int k = 0; k < words.Count; k++)
        {
            string w = words[k].Value.ToLowerInvariant();
            bool afterGroup = k > 0 && GroupWords.Contains(words[k - 1].Value.ToLowerInvariant());
            bool i = Matches(w, iOnly, afterGroup);
            bool c = Matches(w, cOnly, afterGroup);
            arm[k] = i == c ? 0 : i ? 1 : 2;
        }

        if (!arm.Contains(2))
        {
            for (int k = 0; k < words.Count; k++)
            {
                if (arm[k] == 0 && GenericComparator.Contains(words[k].Value.ToLowerInvariant()) && !iWords.Contains(words[k].Value.ToLowerInvariant()))
                {
                    arm[k] = 2;
                }
            }
        }

        if (!arm.Contains(1))
        {
            for (int k = 0; k < words.Count; k++)
            {
                string w = words[k].Value.ToLowerInvariant();
                bool generic = GenericIntervention.Contains(w)
                    || (w is "treatment" or "treated" && k + 1 < words.Count && GroupWords.Contains(words[k + 1].Value.ToLowerInvariant()));
                if (arm[k] == 0 && generic && !cWords.Contains(w))
                {
                    arm[k] = 1;
                }
            }
        }

        var found = Found.None;
        var sb = new StringBuilder(statement.Length);
        int copied = 0;
        for (int k = 0; k < words.Count; k++)
        {
            if (arm[k] == 0)
            {
                continue;
            }

            // A run of words of the same arm, with only spaces, hyphens or slashes between them, is one mention.
            int end = k;
            while (end + 1 < words.Count && arm[end + 1] == arm[k] && Joined(statement, words[end], words[end + 1]))
            {
                end++;
            }

            sb.Append(statement, copied, words[k].Index - copied);
            sb.Append(' ').Append(arm[k] == 1 ? Intervention : Comparator).Append(' ');
            copied = words[end].Index + words[end].Length;
            found |= arm[k] == 1 ? Found.Intervention : Found.Comparator;
            k = end;
        }

        sb.Append(statement, copied, statement.Length - copied);
        return (sb.ToString(), found);
    }

    private static bool Joined(string text, Match a, Match b)
    {
        for (int i = a.Index + a.Length; i < b.Index; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('-' or '/' or '(' or ')' or '+'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(string word, IEnumerable<string> armWords, bool afterGroup)
    {
        if (Stop.Contains(word))
        {
            return false;
        }

        bool shortWord = word.Length == 1 || word.All(char.IsDigit) || IsRoman(word);
        foreach (string a in armWords)
        {
            if (word == a)
            {
                if (!shortWord || afterGroup)
                {
                    return true;
                }
            }
            else if (!shortWord && word.Length >= 5 && a.Length >= 5 && string.CompareOrdinal(word, 0, a, 0, 5) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRoman(string word) => word is "i" or "ii" or "iii" or "iv" or "v" or "vi";

    private static HashSet<string> ContentWords(string name)
        => [.. Word().Matches(name).Select(m => m.Value.ToLowerInvariant()).Where(w => !Stop.Contains(w) && (w.Length > 1 || char.IsLetterOrDigit(w[0])))];

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
