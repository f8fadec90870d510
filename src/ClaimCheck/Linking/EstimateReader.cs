using System.Collections.Immutable;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Text;

namespace ClaimCheck.Linking;

/// <summary>
/// Reads the estimates of a set of claims whose reading is sound enough to check. Left out: an unnamed
/// estimate that follows "from", "… to", "versus" or "per" (the interval may be of the change, the number a
/// denominator), an estimate that is itself a bound of another interval or of a range, or reads as the
/// confidence level ("95CI"), a duration, a p or a spread ("SE 0.4"), and intervals whose upper bound goes on as "12 577" (a
/// thousands space).
/// </summary>
internal static class EstimateReader
{
    private static readonly string[] SpreadLabels = Lexicons.Lexicon.Load("spread-labels.txt");

    /// <summary>The sound estimates of <paramref name="claims"/>, in their order.</summary>
    /// <param name="text">The document's source text.</param>
    /// <param name="claims">The claims; an estimate inside the interval of any of them is a bound, not an estimate.</param>
    /// <param name="textDeclaresOneSided">Whether the text declares one-sided tests anywhere.</param>
    internal static ImmutableArray<Estimate> Read(string text, IReadOnlyCollection<Claim> claims, bool textDeclaresOneSided = false)
    {
        var bounds = new Bounds(claims.Select(c => (c as IEstimateClaim)?.Interval).OfType<ConfidenceInterval>().Select(c => c.Span));
        var result = ImmutableArray.CreateBuilder<Estimate>();
        foreach (var claim in claims)
        {
            if (claim is IEstimateClaim e)
            {
                var estimate = new Estimate(claim, NameOf(claim), e.Estimate, e.Interval, e.P, e.Scale, claim is DifferenceEstimateClaim { Measure: DifferenceMeasure.Median }, textDeclaresOneSided);
                if (IsSound(text, estimate, bounds))
                {
                    result.Add(estimate);
                }
            }
        }

        return result.ToImmutable();
    }

    private static string NameOf(Claim claim) => claim switch
    {
        RatioEstimateClaim r => r.MeasureText,
        DifferenceEstimateClaim { Measure: DifferenceMeasure.Median } => "median difference",
        DifferenceEstimateClaim => "difference",
        _ => "estimate",
    };

    private static bool IsSound(string text, Estimate view, Bounds bounds)
    {
        var estimate = view.Value.Span;
        if (bounds.AnyContains(estimate))
        {
            return false;
        }

        if (view.Interval is { } ci)
        {
            if (view.Value.Value is 90 or 95 or 99 && ci.Span.Start - estimate.End is >= 0 and <= 3)
            {
                return false;
            }

            if (ci.Upper.ContinuesAsThousands)
            {
                return false;
            }
        }

        // "kg−1 · hr−1", "RR1.16" read as 16, "p 0.004 (95% CI …)", "over 2 years (99% CI …)": the number is an
        // exponent, a fragment of another number, a p or a duration.
        if (view.Value.GluedToPrevious)
        {
            return false;
        }

        // "the difference: −13.55 to 476.72" or "0.60 - 0.69": the number is a bound of a range.
        if (view.Value.IsRangeBound)
        {
            return false;
        }

        string head = text[Math.Max(0, estimate.Start - 12)..estimate.Start].TrimEnd().ToLowerInvariant();
        if (head.EndsWith(" p", StringComparison.Ordinal) || head == "p" || head.EndsWith("over", StringComparison.Ordinal) || head.EndsWith("after", StringComparison.Ordinal)
            || head.EndsWith("for", StringComparison.Ordinal) || head.EndsWith("within", StringComparison.Ordinal) || head.EndsWith("during", StringComparison.Ordinal))
        {
            return false;
        }

        // "(SE 0.4; 95% CI 1.3 to 2.9)": the number after a spread label is the estimate's spread.
        if (AfterSpreadLabel(text, estimate.Start))
        {
            return false;
        }

        if (view.Scale != EstimateScale.Either)
        {
            return true;
        }

        var before = text.AsSpan(Math.Max(0, estimate.Start - 40), estimate.Start - Math.Max(0, estimate.Start - 40));
        string lower = before.ToString().ToLowerInvariant();
        int lastDigit = lower.LastIndexOfAny("0123456789".ToCharArray());
        bool pairedBefore = lastDigit >= 0 && (lower.IndexOf(" to ", lastDigit, StringComparison.Ordinal) > 0 || lower.IndexOf("vs", lastDigit, StringComparison.Ordinal) > 0
            || lower.IndexOf("versus", lastDigit, StringComparison.Ordinal) > 0 || lower.IndexOf("compared", lastDigit, StringComparison.Ordinal) > 0);
        string trimmed = lower.TrimEnd();
        bool denominator = trimmed.EndsWith("per", StringComparison.Ordinal) || trimmed.EndsWith('/');
        bool change = trimmed.EndsWith("from", StringComparison.Ordinal);
        return !pairedBefore && !denominator && !change;
    }

    private static bool AfterSpreadLabel(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 24), start - Math.Max(0, start - 24)).TrimEnd().TrimEnd("=:").TrimEnd();
        foreach (var label in SpreadLabels)
        {
            if (before.EndsWith(label, StringComparison.OrdinalIgnoreCase) && (before.Length == label.Length || !char.IsLetter(before[^(label.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The intervals' spans, sorted by start with the greatest end so far: "is this number inside any
    /// interval" is one binary search rather than a scan of every interval of the sentence.
    /// </summary>
    private sealed class Bounds
    {
        private readonly int[] _starts;
        private readonly int[] _maxEnds;

        internal Bounds(IEnumerable<TextSpan> spans)
        {
            var sorted = spans.OrderBy(s => s.Start).ToArray();
            _starts = new int[sorted.Length];
            _maxEnds = new int[sorted.Length];
            int maxEnd = int.MinValue;
            for (int i = 0; i < sorted.Length; i++)
            {
                _starts[i] = sorted[i].Start;
                _maxEnds[i] = maxEnd = Math.Max(maxEnd, sorted[i].End);
            }
        }

        /// <summary>True when an interval starts at or before <paramref name="span"/> and ends at or after it.</summary>
        internal bool AnyContains(TextSpan span)
        {
            // The last interval starting at or before the span: the spans up to it are exactly those that may contain it.
            int low = 0, high = _starts.Length;
            while (low < high)
            {
                int mid = low + ((high - low) / 2);
                if (_starts[mid] <= span.Start)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low > 0 && _maxEnds[low - 1] >= span.End;
        }
    }
}
