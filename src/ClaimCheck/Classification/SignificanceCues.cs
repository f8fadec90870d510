using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimCheck.Classification;

/// <summary>
/// Cues that the words alone hide because numbers are folded, and that a bag of words cannot put together. Each is 0
/// or 1: [0–2] a p-value is given, one is below 0.05, one is not; [3–4] a table row ends with a bare p-value below or
/// not below 0.05; [5–6] a confidence interval with a negative lower bound lies wholly below 0 or across it (a
/// difference); [7–9] one without lies below 1, above it or across it (read as a ratio); [10–12] the first of the
/// first two percentages (or means ± SD) is larger, smaller or equal; [13–24] an increase, decrease, better or worse word, each
/// with where a comparator (placebo, control, usual care …) stands: not found, after the comparison word ("lower than
/// placebo"), or before it ("lower in the placebo group than with X").
/// </summary>
internal static partial class SignificanceCues
{
    /// <summary>The number of cues.</summary>
    internal const int Length = 25;

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
