using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Rules.Counts;

/// <summary>
/// Finds, for a mean ± SD, the n it was computed over and whether the text says the data are whole
/// numbers ("number of …", "episodes", "items answered"): GRIM and GRIMMER apply only then.
/// </summary>
internal static class IntegerData
{
    private static readonly string[] WholeNumberCues = ["number of", "count of", "episodes", "no. of", "times per", "visits", "admissions", "relapses", "lesions counted"];

    /// <summary>
    /// For each sentence of the block that holds a mean, the group size of that sentence (one "n = …" in it)
    /// when the sentence says the data are whole numbers; else null. Made once per block: a sentence of
    /// thousands of means must not be lower-cased and searched once per mean.
    /// </summary>
    internal static Dictionary<Text.TextSpan, ReportedNumber?> SizesBySentence(RuleContext context, IReadOnlyCollection<Claim> blockClaims)
    {
        var sizes = new Dictionary<Text.TextSpan, ReportedNumber?>();
        foreach (var span in blockClaims.OfType<MeanSdClaim>().Select(m => m.SentenceSpan).Distinct())
        {
            string sentence = context.SentenceText(span).ToLowerInvariant();
            var found = WholeNumberCues.Any(c => sentence.Contains(c, StringComparison.Ordinal))
                ? context.ClaimsOfSentence(span).OfType<CountClaim>().Where(c => Printed.IsCount(c.Count) && c.Count.Value > 0).Take(2).ToList()
                : [];
            sizes[span] = found.Count == 1 ? found[0].Count : null;
        }

        return sizes;
    }

    /// <summary>Whole-number sums T with T/n inside the mean's rounding interval.</summary>
    internal static IEnumerable<double> PossibleSums(ReportedNumber mean, double n)
    {
        var range = Printed.Range(mean);
        for (double t = Math.Ceiling(range.Lower * n); t <= Math.Floor(range.Upper * n); t++)
        {
            yield return t;
        }
    }
}
