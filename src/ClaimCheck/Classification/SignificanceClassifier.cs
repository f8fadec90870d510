namespace ClaimCheck.Classification;

/// <summary>
/// Says whether a statement reports a significant increase, a significant decrease or no significant difference in
/// an outcome with the intervention. The shipped model was trained on the evidence texts of the Evidence Inference
/// corpus (sentences and table rows); it reads the words and what the numbers imply (p-values against 0.05,
/// confidence intervals against 1 or 0, which of two percentages is the larger).
/// </summary>
/// <remarks>
/// On the validation statements of Evidence Inference the macro-F1 is 0.75 (77 % right): whether a difference is
/// significant is read well, but increased and decreased are often swapped when the statement does not say which
/// group got the intervention ("higher in group I than in group II"). Figures and confusion matrix:
/// docs/accuracy.md. The model is loaded from the assembly on first use (once) and all members are safe to call from
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
        return (SignificanceDirection)ScoreOutput.ArgMax(Model.Value.Score(SignificanceModelInput.From(statement)));
    }
}
