using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Verification.Rules.Counts;

/// <summary>
/// Finds, for a mean ± SD, the n it was computed over and whether the text says the data are whole
/// numbers ("number of …", "episodes", "items answered"): GRIM and GRIMMER apply only then.
/// </summary>
internal static class IntegerData
{
    private static readonly string[] WholeNumberCues = ["number of", "count of", "episodes", "no. of", "times per", "visits", "admissions", "relapses", "lesions counted"];

    /// <summary>The group size of the mean's sentence (one "n = …" in it) when the sentence says the data are whole numbers; else null.</summary>
    internal static ReportedNumber? SizeFor(RuleContext context, MeanSdClaim mean)
    {
        string sentence = context.SentenceText(mean.SentenceSpan).ToLowerInvariant();
        if (!WholeNumberCues.Any(c => sentence.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        var sizes = context.ClaimsOfSentence(mean.SentenceSpan).OfType<CountClaim>().Where(c => Printed.IsCount(c.Count) && c.Count.Value > 0).ToList();
        return sizes.Count == 1 ? sizes[0].Count : null;
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
