namespace ClaimCheck.Tests.Classification;

/// <summary>Accuracy and macro-F1 computed the same way as the training tool does.</summary>
internal static class Scoring
{
    /// <summary>Accuracy and the unweighted mean of per-class F1 over <paramref name="classes"/> classes.</summary>
    internal static (double Accuracy, double MacroF1) Measure(IReadOnlyList<(int Truth, int Predicted)> pairs, int classes)
    {
        double accuracy = pairs.Count(p => p.Truth == p.Predicted) / (double)pairs.Count;
        double f1 = Enumerable.Range(0, classes).Average(k =>
        {
            int tp = pairs.Count(p => p.Truth == k && p.Predicted == k);
            int predicted = pairs.Count(p => p.Predicted == k);
            int actual = pairs.Count(p => p.Truth == k);
            return tp == 0 ? 0 : 2.0 * tp / (predicted + actual);
        });
        return (accuracy, f1);
    }
}
