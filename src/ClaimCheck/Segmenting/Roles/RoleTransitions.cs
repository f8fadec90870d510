using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimCheck.Documents;

namespace ClaimCheck.Segmenting.Roles;

/// <summary>
/// How roles follow one another in the training abstracts (a first-order Markov chain, add-one smoothed), used to
/// decode the most likely sequence of roles from the per-sentence probabilities.
/// </summary>
internal sealed class RoleTransitions
{
    /// <summary>P(first sentence has role r), indexed by <see cref="SentenceRole"/>.</summary>
    [JsonPropertyName("start")]
    public double[] Start { get; init; } = [];

    /// <summary>P(next role is c | this role is r) as [r][c].</summary>
    [JsonPropertyName("next")]
    public double[][] Next { get; init; } = [];

    /// <summary>Counts the transitions of <paramref name="abstracts"/> (each a sequence of roles).</summary>
    internal static RoleTransitions Count(IEnumerable<IReadOnlyList<SentenceRole>> abstracts)
    {
        const int n = 5;
        var start = new double[n];
        var next = new double[n][];
        for (int r = 0; r < n; r++)
        {
            next[r] = new double[n];
        }

        foreach (var roles in abstracts)
        {
            if (roles.Count == 0)
            {
                continue;
            }

            start[(int)roles[0]]++;
            for (int i = 1; i < roles.Count; i++)
            {
                next[(int)roles[i - 1]][(int)roles[i]]++;
            }
        }

        return new RoleTransitions { Start = Smooth(start), Next = [.. next.Select(Smooth)] };
    }

    /// <summary>Reads the JSON form written by <see cref="ToJson"/>.</summary>
    /// <exception cref="InvalidOperationException">The JSON is not a 5-role table.</exception>
    internal static RoleTransitions FromJson(Stream json)
    {
        var t = JsonSerializer.Deserialize(json, RoleTransitionsJsonContext.Default.RoleTransitions);
        if (t is null || t.Start.Length != 5 || t.Next.Length != 5 || t.Next.Any(row => row.Length != 5))
        {
            throw new InvalidOperationException("The sentence-role transition table is malformed.");
        }

        return t;
    }

    /// <summary>The JSON form of the table.</summary>
    internal string ToJson() => JsonSerializer.Serialize(this, RoleTransitionsJsonContext.Default.RoleTransitions);

    /// <summary>
    /// The most likely roles (Viterbi) given each sentence's class probabilities <paramref name="scores"/>, indexed by
    /// <see cref="SentenceRole"/>.
    /// </summary>
    internal SentenceRole[] Decode(IReadOnlyList<float[]> scores)
    {
        const int n = 5;
        int count = scores.Count;
        var result = new SentenceRole[count];
        if (count == 0)
        {
            return result;
        }

        var best = new double[count, n];
        var back = new int[count, n];
        for (int r = 0; r < n; r++)
        {
            best[0, r] = Math.Log(Start[r]) + Log(scores[0][r]);
        }

        for (int i = 1; i < count; i++)
        {
            for (int c = 0; c < n; c++)
            {
                double top = double.NegativeInfinity;
                int arg = 0;
                for (int r = 0; r < n; r++)
                {
                    double s = best[i - 1, r] + Math.Log(Next[r][c]);
                    if (s > top)
                    {
                        top = s;
                        arg = r;
                    }
                }

                best[i, c] = top + Log(scores[i][c]);
                back[i, c] = arg;
            }
        }

        int last = 0;
        for (int r = 1; r < n; r++)
        {
            if (best[count - 1, r] > best[count - 1, last])
            {
                last = r;
            }
        }

        for (int i = count - 1; i >= 0; i--)
        {
            result[i] = (SentenceRole)last;
            last = back[i, last];
        }

        return result;
    }

    // A probability of exactly 0 would veto a role outright; the floor keeps it merely unlikely.
    private static double Log(float p) => Math.Log(Math.Max(p, 1e-9f));

    private static double[] Smooth(double[] counts)
    {
        double total = counts.Sum() + counts.Length;
        return [.. counts.Select(c => (c + 1) / total)];
    }
}
