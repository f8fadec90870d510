using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Statistics;

/// <summary>GRIM's arithmetic: the sums of whole-number data that a printed mean over n admits.</summary>
internal static class Grim
{
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
