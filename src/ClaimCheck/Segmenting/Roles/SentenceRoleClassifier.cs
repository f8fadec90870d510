using ClaimCheck.Documents;

namespace ClaimCheck.Segmenting.Roles;

/// <summary>
/// Gives each sentence of an abstract without headings its role (background, objective, methods, results,
/// conclusions). The shipped model was trained on the structured abstracts of the Evidence Inference corpus with the
/// headings removed; it looks at each sentence's words, its neighbours' words and its place in the abstract, and the
/// roles of the whole abstract are then decoded together so that they follow one another as abstracts do.
/// </summary>
/// <remarks>
/// On the validation abstracts of Evidence Inference 91.5 % of the sentences get the role of their (removed) heading;
/// objectives are often called background, because many abstracts state their aim under BACKGROUND. Figures and
/// confusion matrix: docs/accuracy.md. The model's exported weights (<see cref="LinearRoleModel"/>, no ML.NET) are read
/// from the assembly on first use, once (about 10 ms); all members are safe to call from many threads at once.
/// </remarks>
internal static class SentenceRoleClassifier
{
    private static readonly Lazy<LinearRoleModel> Model = new(() =>
    {
        using var stream = typeof(SentenceRoleClassifier).Assembly.GetManifestResourceStream("ClaimCheck.Models.sentence-roles.bin")
            ?? throw new InvalidOperationException("The embedded model sentence-roles.bin is missing from the assembly.");
        return LinearRoleModel.Read(stream);
    });

    private static readonly Lazy<RoleTransitions> Transitions = new(() =>
    {
        using var stream = typeof(SentenceRoleClassifier).Assembly.GetManifestResourceStream("ClaimCheck.Models.sentence-roles.transitions.json")
            ?? throw new InvalidOperationException("The embedded model sentence-roles.transitions.json is missing from the assembly.");
        return RoleTransitions.FromJson(stream);
    });

    /// <summary>The role of each sentence of one abstract.</summary>
    /// <param name="sentences">
    /// The abstract's sentences in reading order, without section headings. Where a sentence stands matters: pass the
    /// whole abstract. A single sentence is judged by its words alone (about 81 % right); an empty list gives an empty
    /// result.
    /// </param>
    /// <returns>One role per sentence, in the same order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentences"/> is null.</exception>
    /// <exception cref="ArgumentException">A sentence is null.</exception>
    internal static IReadOnlyList<SentenceRole> Classify(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Any(s => s is null))
        {
            throw new ArgumentException("A sentence is null.", nameof(sentences));
        }

        if (sentences.Count == 0)
        {
            return [];
        }

        var model = Model.Value;
        var scores = RoleFeatures.Build(sentences).Select(model.Score).ToArray();

        // One sentence is judged by its words alone: the start-of-abstract odds would make nearly every one background.
        return scores.Length == 1 ? [(SentenceRole)ScoreOutput.ArgMax(scores[0])] : Transitions.Value.Decode(scores);
    }
}
