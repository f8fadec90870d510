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

    /// <summary>The stage word nearest to <paramref name="offset"/> in <paramref name="sentence"/> (offset relative to the sentence), or null.</summary>
    internal static string? Nearest(string sentence, int offset) => new Index(sentence).Nearest(offset);

    /// <summary>
    /// The stage words of one sentence, found once, so that each of the sentence's counts asks for its
    /// nearest in logarithmic time: a sentence of thousands of counts must not be re-read per count.
    /// </summary>
    internal sealed class Index
    {
        // Occurrences by position; ties on distance go to the stem listed first in Stems, then the earlier occurrence.
        private readonly List<(int At, int StemIndex)> _hits = [];

        internal Index(string sentence)
        {
            string lower = sentence.ToLowerInvariant();
            for (int s = 0; s < Stems.Length; s++)
            {
                string stem = Stems[s].Stem;
                for (int at = lower.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(stem, at + 1, StringComparison.Ordinal))
                {
                    _hits.Add((at, s));
                }
            }

            _hits.Sort();
        }

        /// <summary>The stage word nearest to <paramref name="offset"/> (relative to the sentence), or null.</summary>
        internal string? Nearest(int offset)
        {
            if (_hits.Count == 0)
            {
                return null;
            }

            // The first hit at or after the offset; the nearest distance is that hit's or its predecessor's.
            int low = 0, high = _hits.Count;
            while (low < high)
            {
                int mid = low + ((high - low) / 2);
                if (_hits[mid].At < offset)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            int distance = int.MaxValue;
            if (low < _hits.Count)
            {
                distance = _hits[low].At - offset;
            }

            if (low > 0)
            {
                distance = Math.Min(distance, offset - _hits[low - 1].At);
            }

            int best = int.MaxValue, bestAt = int.MaxValue;
            foreach (int at in (int[])[offset - distance, offset + distance])
            {
                for (int i = FirstAt(at); i < _hits.Count && _hits[i].At == at; i++)
                {
                    if (_hits[i].StemIndex < best || (_hits[i].StemIndex == best && at < bestAt))
                    {
                        best = _hits[i].StemIndex;
                        bestAt = at;
                    }
                }
            }

            return best == int.MaxValue ? null : Stems[best].Stage;
        }

        private int FirstAt(int at)
        {
            int low = 0, high = _hits.Count;
            while (low < high)
            {
                int mid = low + ((high - low) / 2);
                if (_hits[mid].At < at)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }
    }

    /// <summary>True for the stages that count the people allocated (randomized, enrolled, included, recruited).</summary>
    internal static bool IsAllocation(string? stage) => stage is "randomized" or "enrolled" or "included" or "recruited";
}
