using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Documents;
using ClaimCheck.Segmenting.Roles;

namespace ClaimCheck.Train;

/// <summary>
/// Cues that the words alone hide because numbers are folded, and that a bag of words cannot put together. Each is 0
/// or 1: [0–2] a p-value is given, one is below 0.05, one is not; [3–4] a table row ends with a bare p-value below or
/// not below 0.05; [5–6] a confidence interval with a negative lower bound lies wholly below 0 or across it (a
/// difference); [7–9] one without lies below 1, above it or across it (read as a ratio); [10–12] the first of the
/// first two percentages (or means ± SD) is larger, smaller or equal; [13–24] an increase, decrease, better or worse word, each
/// with where a comparator (placebo, control, usual care …) stands: not found, after the comparison word ("lower than
/// placebo"), or before it ("lower in the placebo group than with X"). When the question's arms are known
/// (<see cref="ReadArms"/>), [25–26] the text names the intervention, the comparator; [27–50] an increase,
/// decrease, better or worse word, each with which arm the statement speaks of (see <see cref="Subject"/>); [51–54]
/// the first of the first two percentages (or means) is larger or smaller, with the arm named first; [55–56] what
/// the words and [57–58] what the numbers say of the intervention against the comparator: higher or lower.
/// </summary>
internal static partial class SignificanceCues
{
    /// <summary>The number of cues.</summary>
    internal const int Length = 59;

    private const int ArmCues = 25;

    private static readonly HashSet<string> ComparisonMarkers = ["than", "compared", "versus", "vs", "relative", "comparison", "over"];

    private static readonly HashSet<string> Comparators = ["placebo", "control", "controls", "usual", "sham", "standard", "conventional", "vehicle", "untreated", "routine"];

    private static readonly HashSet<string> Up =
        ["increase", "increased", "increases", "increasing", "higher", "greater", "more", "larger", "longer", "elevated", "raised", "rise", "rose", "gain", "gained", "enhanced", "prolonged"];

    private static readonly HashSet<string> Down =
        ["decrease", "decreased", "decreases", "decreasing", "lower", "lowered", "less", "fewer", "smaller", "shorter", "reduced", "reduction", "reduces", "reducing", "declined", "decline", "drop", "dropped", "fell", "attenuated", "inhibited", "suppressed", "diminished"];

    private static readonly HashSet<string> Better = ["improved", "improvement", "improves", "improving", "superior", "better", "benefit", "beneficial"];

    private static readonly HashSet<string> Worse = ["worse", "worsened", "worsening", "inferior", "deteriorated", "deterioration"];

    /// <summary>The cues of <paramref name="statement"/>, each 0 or 1.</summary>
    /// <param name="statement">The statement as written.</param>
    /// <param name="tokens">Its tokens as <see cref="ModelText.Normalize"/> gives them.</param>
    internal static float[] Read(string statement, string[] tokens)
    {
        string text = statement.Replace('·', '.').Replace('−', '-').Replace('–', '-');
        var v = new float[Length];
        foreach (Match m in PValue().Matches(text))
        {
            if (!TryNumber(m.Groups["v"].Value, out double p))
            {
                continue;
            }

            // "p < 0.05" is significant; "p < 0.1" says neither.
            string op = m.Groups["op"].Value;
            bool below = op.Contains('<') || op.Contains('≤') || op == "&lt;";
            v[0] = 1;
            if (p < 0.05 || (p <= 0.05 && below))
            {
                v[1] = 1;
            }
            else if (!below)
            {
                v[2] = 1;
            }
        }

        // Table rows end with a bare p-value on its own line: "0.63 (0.37-1.05)\n0.08".
        if (TrailingNumber().Match(text) is { Success: true } trailing && TryNumber(trailing.Groups["v"].Value, out double last) && last is > 0 and <= 1)
        {
            v[last < 0.05 ? 3 : 4] = 1;
        }

        foreach (Match m in Interval().Matches(text))
        {
            if (!TryNumber(m.Groups["lo"].Value, out double lo) || !TryNumber(m.Groups["hi"].Value, out double hi) || lo > hi)
            {
                continue;
            }

            if (m.Groups["lo"].Value.StartsWith('-'))
            {
                // A difference: significant when 0 lies outside.
                v[hi < 0 ? 5 : 6] = 1;
            }
            else
            {
                // A ratio, or a positive difference: significant (for a ratio) when 1 lies outside.
                v[hi < 1 ? 7 : lo > 1 ? 8 : 9] = 1;
            }
        }

        if (FirstTwo(Percent(), text) is var (a, b))
        {
            v[a > b ? 10 : a < b ? 11 : 12] = 1;
        }
        else if (FirstTwo(MeanSd(), text) is var (c, d))
        {
            v[c > d ? 10 : c < d ? 11 : 12] = 1;
        }

        Orientation(tokens, v);
        return v;
    }

    /// <summary>
    /// Sets the cues that need the question's arms in <paramref name="v"/>, from the tokens of the statement with its
    /// mentions of the arms replaced by <see cref="ArmMentions"/>.
    /// </summary>
    /// <param name="v">The cues <see cref="Read"/> gave.</param>
    /// <param name="armTokens">The tokens of the rewritten statement as <see cref="ModelText.Normalize"/> gives them.</param>
    /// <param name="found">Which arms the statement names.</param>
    internal static void ReadArms(float[] v, string[] armTokens, ArmMentions.Found found)
    {
        if (found == ArmMentions.Found.None)
        {
            return;
        }

        v[ArmCues] = found.HasFlag(ArmMentions.Found.Intervention) ? 1 : 0;
        v[ArmCues + 1] = found.HasFlag(ArmMentions.Found.Comparator) ? 1 : 0;
        var (subject, first) = Subject(armTokens);
        int up = 0;
        for (int k = 0; k < armTokens.Length; k++)
        {
            string t = armTokens[k];
            int kind = Up.Contains(t) ? 0 : Down.Contains(t) ? 1 : Better.Contains(t) ? 2 : Worse.Contains(t) ? 3 : -1;

            // "a greater reduction", "more decrease": the second word says the direction.
            if (kind == 0 && k + 1 < armTokens.Length && Down.Contains(armTokens[k + 1]))
            {
                continue;
            }

            if (kind >= 0 && subject != Side.None)
            {
                v[ArmCues + 2 + (kind * 6) + (int)subject - 1] = 1;

                // Higher for the intervention, or lower for the comparator, is an increase; better and worse are
                // left to the model (a better pain score is a lower one).
                bool forIntervention = subject is Side.InterventionSubject or Side.InterventionFirst or Side.InterventionOnly;
                if (kind <= 1)
                {
                    up += (kind == 0) == forIntervention ? 1 : -1;
                }
            }
        }

        if (up != 0)
        {
            v[up > 0 ? 55 : 56] = 1;
        }

        // "38 % and 21 % in the X and Y groups", "X 3.40 ± 0.02 vs Y 2.17 ± 0.03": the numbers follow the arms' order.
        int order = v[10] == 1 ? 0 : v[11] == 1 ? 1 : -1;
        if (order >= 0 && first != 0)
        {
            v[51 + (order * 2) + (first == 1 ? 0 : 1)] = 1;
            v[(order == 0) == (first == 1) ? 57 : 58] = 1;
        }
    }

    /// <summary>Which arm a statement speaks of, and how that was told.</summary>
    internal enum Side
    {
        /// <summary>Neither arm is named.</summary>
        None = 0,

        /// <summary>The intervention stands before "than/compared/versus", or the comparator after it.</summary>
        InterventionSubject = 1,

        /// <summary>The comparator stands before "than/compared/versus", or the intervention after it.</summary>
        ComparatorSubject = 2,

        /// <summary>Both are named, without a comparison word, the intervention first.</summary>
        InterventionFirst = 3,

        /// <summary>Both are named, without a comparison word, the comparator first.</summary>
        ComparatorFirst = 4,

        /// <summary>Only the intervention is named.</summary>
        InterventionOnly = 5,

        /// <summary>Only the comparator is named.</summary>
        ComparatorOnly = 6,
    }

    /// <summary>The arm the statement speaks of, and which arm it names first (1 intervention, 2 comparator, 0 none).</summary>
    internal static (Side Side, int First) Subject(string[] tokens)
    {
        int firstI = Array.IndexOf(tokens, ArmMentions.Intervention);
        int firstC = Array.IndexOf(tokens, ArmMentions.Comparator);
        int first = firstI < 0 && firstC < 0 ? 0 : firstC < 0 || (firstI >= 0 && firstI < firstC) ? 1 : 2;
        int marker = Array.FindIndex(tokens, t => ComparisonMarkers.Contains(t));
        if (marker >= 0)
        {
            bool iBefore = Array.LastIndexOf(tokens, ArmMentions.Intervention, marker) >= 0;
            bool cBefore = Array.LastIndexOf(tokens, ArmMentions.Comparator, marker) >= 0;
            bool iAfter = Array.IndexOf(tokens, ArmMentions.Intervention, marker) >= 0;
            bool cAfter = Array.IndexOf(tokens, ArmMentions.Comparator, marker) >= 0;
            if (iBefore != cBefore)
            {
                return (iBefore ? Side.InterventionSubject : Side.ComparatorSubject, first);
            }

            if (!iBefore && iAfter != cAfter)
            {
                return (cAfter ? Side.InterventionSubject : Side.ComparatorSubject, first);
            }

            // "Compared with X, Y had …": the arm right after an opening comparison word is the reference.
            if (!iBefore && !cBefore && iAfter && cAfter)
            {
                return (first == 2 ? Side.InterventionSubject : Side.ComparatorSubject, first);
            }
        }

        return first == 0 ? (Side.None, 0)
            : firstI >= 0 && firstC >= 0 ? (first == 1 ? Side.InterventionFirst : Side.ComparatorFirst, first)
            : (first == 1 ? Side.InterventionOnly : Side.ComparatorOnly, first);
    }

    private static void Orientation(string[] tokens, float[] v)
    {
        int marker = Array.FindIndex(tokens, t => ComparisonMarkers.Contains(t));
        int comparatorBefore = marker < 0 ? -1 : Array.FindIndex(tokens, 0, marker, t => Comparators.Contains(t));
        int comparatorAfter = marker < 0 ? -1 : Array.FindIndex(tokens, marker, t => Comparators.Contains(t));

        // 0: no comparator located; 1: the comparator is what the statement compares against; 2: it is the subject.
        int side = comparatorAfter >= 0 ? 1 : comparatorBefore >= 0 ? 2 : 0;
        foreach (string t in tokens)
        {
            int kind = Up.Contains(t) ? 0 : Down.Contains(t) ? 1 : Better.Contains(t) ? 2 : Worse.Contains(t) ? 3 : -1;
            if (kind >= 0)
            {
                v[13 + (kind * 3) + side] = 1;
            }
        }
    }

    private static (double First, double Second)? FirstTwo(Regex pattern, string text)
    {
        var matches = pattern.Matches(text);
        if (matches.Count < 2 || !TryNumber(matches[0].Groups["v"].Value, out double first) || !TryNumber(matches[1].Groups["v"].Value, out double second))
        {
            return null;
        }

        return (first, second);
    }

    private static bool TryNumber(string s, out double value)
        => double.TryParse(s.StartsWith('.') ? "0" + s : s.StartsWith("-.", StringComparison.Ordinal) ? "-0" + s[1..] : s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex(@"\b[pP]\s*(?:-?\s*values?)?\s*(?<op>[=<>≤≥]{1,2}|&lt;|&gt;)\s*(?<v>\d*\.?\d+(?:[eE]-?\d+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex PValue();

    [GeneratedRegex(@"(?:^|\n)\s*(?<v>\d*\.\d+|[01])\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"(?<lo>-?\d*\.?\d+)\s*(?:-|to|,|;)\s*(?<hi>-?\d*\.?\d+)\s*[\)\]]", RegexOptions.CultureInvariant)]
    private static partial Regex Interval();

    [GeneratedRegex(@"(?<v>\d+(?:\.\d+)?)\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<v>-?\d+(?:\.\d+)?)\s*(?:±|\+/-|\+-)", RegexOptions.CultureInvariant)]
    private static partial Regex MeanSd();
}
