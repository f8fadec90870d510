using ClaimCheck.Segmenting.Roles;

namespace ClaimCheck.Classification;

/// <summary>
/// Says whether a statement reports a significant increase, a significant decrease or no significant difference in
/// an outcome with the intervention. The shipped model was trained on the evidence texts of the Evidence Inference
/// corpus (sentences and table rows); it reads the words and what the numbers imply (p-values against 0.05,
/// confidence intervals against 1 or 0, which of two percentages is the larger).
/// </summary>
/// <remarks>
/// On the validation statements of Evidence Inference the macro-F1 is 0.76 (78 % right) with the prompts' arms
/// (<see cref="Classify(SignificanceQuestion)"/>) and 0.75 for the statements alone: whether a difference is
/// significant is read well, but increased and decreased are often swapped when the statement does not say which
/// group got the intervention ("higher in group I than in group II") or the outcome's direction is implicit.
/// Figures and confusion matrices: docs/accuracy.md. The model is loaded from the assembly on first use (once) and all members are safe to call from
/// many threads at once.
/// </remarks>
public static class SignificanceClassifier
{
    private static readonly Lazy<ShippedModel<SignificanceModelInput>> Model = new(() => ShippedModel<SignificanceModelInput>.Load("significance.zip"));

    /// <summary>The direction <paramref name="statement"/> reports.</summary>
    /// <param name="statement">One sentence or table row, e.g. "Mortality was significantly reduced (p = 0.01)."</param>
    /// <returns>The most likely direction; a statement that reports no comparison still gets one of the three.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is null.</exception>
    public static SignificanceDirection Classify(string statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return (SignificanceDirection)ScoreOutput.ArgMax(Model.Value.Score(SignificanceModelInput.From(statement, null, null, null)));
    }

    /// <summary>
    /// The direction the statement of <paramref name="question"/> reports for the outcome with its intervention
    /// relative to its comparator: "higher with placebo than with X" is a decrease for X. The arms' names are looked
    /// for in the statement (also shortened: "liraglutide" for "Liraglutide (1.2 mg) plus glimepiride"); when either
    /// is null or blank, the statement is read alone, as by <see cref="Classify(string)"/>.
    /// </summary>
    /// <param name="question">The statement and the arms of the comparison.</param>
    /// <returns>The most likely direction; a statement that reports no comparison still gets one of the three.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="question"/> or its statement is null.</exception>
    public static SignificanceDirection Classify(SignificanceQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(question.Statement, nameof(question));
        var input = SignificanceModelInput.From(question.Statement, question.Intervention, question.Comparator, question.Outcome);
        return (SignificanceDirection)ScoreOutput.ArgMax(Model.Value.Score(input));
    }
}
