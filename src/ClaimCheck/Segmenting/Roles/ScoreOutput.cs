namespace ClaimCheck.Segmenting.Roles;

/// <summary>What the shipped multiclass models return: one probability per class.</summary>
internal sealed class ScoreOutput
{
    /// <summary>Class probabilities, indexed by the enum value of the class (the models' labels are keys in enum order).</summary>
    public float[] Score { get; set; } = [];

    /// <summary>The index of the highest of <paramref name="scores"/> (the first on a tie).</summary>
    internal static int ArgMax(float[] scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }
}
