using ClaimCheck.Segmenting.Roles;

namespace ClaimCheck.Segmenting.Strength;

/// <summary>
/// Tells how strongly a result or conclusion sentence claims what it reports (<see cref="ClaimStrength"/>). The shipped
/// model is a multiclass logistic regression (ML.NET's L-BFGS maximum entropy, classes weighted alike) over hashed word
/// n-grams, character n-grams and the cue lists of Lexicons/ (hedges, causal verbs, words of correlation, advice),
/// trained by tools/ClaimCheck.Train on
/// the labelled PubMed conclusion sentences and EurekAlert press-release sentences of Yu, Li and Wang (EMNLP 2019) and
/// Yu, Wang, Guo and Li (COLING 2020); its figures on sentences it was not trained on are in docs/accuracy.md.
/// </summary>
/// <remarks>
/// The weights (claim-strength.bin, about 2 MB) are read from the assembly on first use, once; after that a sentence is
/// scored as a dot product, without ML.NET. Every member is safe to call from many threads at once: the model is
/// immutable and each call works on its own buffers.
/// </remarks>
public static class ClaimStrengthClassifier
{
    private static readonly Lazy<LinearModel> Model = new(() =>
    {
        using var stream = typeof(ClaimStrengthClassifier).Assembly.GetManifestResourceStream("ClaimCheck.Models.claim-strength.bin")
            ?? throw new InvalidOperationException("The embedded model claim-strength.bin is missing from the assembly.");
        return LinearModel.Read(stream);
    });

    /// <summary>The strength of the claim <paramref name="sentence"/> makes.</summary>
    /// <param name="sentence">One sentence (a clause works too); any language is accepted, but the model knows English only.</param>
    /// <returns>The most probable strength; <see cref="ClaimStrength.NoClaim"/> for an empty or blank sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is null.</exception>
    public static ClaimStrength Classify(string sentence) => (ClaimStrength)ScoreOutput.ArgMax(Probabilities(sentence));

    /// <summary>The probability of each <see cref="ClaimStrength"/> (indexed by its value) for <paramref name="sentence"/>; they sum to 1.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is null.</exception>
    internal static float[] Probabilities(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (string.IsNullOrWhiteSpace(sentence))
        {
            return [1, 0, 0, 0];
        }

        return Model.Value.Probabilities(sentence);
    }
}
