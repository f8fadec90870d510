using ClaimCheck.Extraction.Claims;
using ClaimCheck.Text;

namespace ClaimCheck.Verification.Rules.Estimates;

/// <summary>An estimate with its interval and p, whatever claim carries it, and the scale it lives on.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Name">How to name the estimate in a message ("OR", "difference").</param>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Interval">Its confidence interval, if given.</param>
/// <param name="P">Its p-value, if given.</param>
/// <param name="Scale">Log scale (OR, RR, HR, IRR), linear (differences), or either (an estimate the text does not name).</param>
/// <param name="IsMedian">True for a median difference (usually a non-parametric interval).</param>
internal sealed record EstimateView(Claim Claim, string Name, ReportedNumber Estimate, ConfidenceInterval? Interval, PValue? P, EstimateScale Scale, bool IsMedian)
{
    /// <summary>True for ratios: null value 1, log scale.</summary>
    internal bool IsRatio => Scale == EstimateScale.Log;

    /// <summary>
    /// The estimates of <paramref name="claims"/> whose reading is sound enough to check. Left out: an
    /// unnamed estimate that follows "from", "… to", "versus" or "per" (the interval may be of the change,
    /// the number a denominator), an estimate that is itself a bound of another interval or reads as the
    /// confidence level ("95CI"), and intervals whose upper bound goes on as "12 577" (a thousands space).
    /// </summary>
    internal static IEnumerable<EstimateView> All(string text, IReadOnlyCollection<Claim> claims)
    {
        var bounds = new Bounds(claims.Select(c => (c as IEstimateClaim)?.Interval).OfType<ConfidenceInterval>().Select(c => c.Span));
        foreach (var claim in claims)
        {
            var view = claim switch
            {
                RatioEstimateClaim r => new EstimateView(r, r.MeasureText, r.Estimate, r.Interval, r.P, r.Measure == RatioMeasure.RiskDifference ? EstimateScale.Linear : EstimateScale.Log, false),
                DifferenceEstimateClaim d => new EstimateView(d, d.Measure == DifferenceMeasure.Median ? "median difference" : "difference", d.Estimate, d.Interval, d.P, EstimateScale.Linear, d.Measure == DifferenceMeasure.Median),
                IntervalEstimateClaim i => new EstimateView(i, "estimate", i.Estimate, i.Interval, i.P, EstimateScale.Either, false),
                _ => null,
            };
            if (view is not null && IsSound(text, view, bounds))
            {
                yield return view;
            }
        }
    }

    private static bool IsSound(string text, EstimateView view, Bounds bounds)
    {
        var estimate = view.Estimate.Span;
        if (bounds.AnyContains(estimate))
        {
            return false;
        }

        if (view.Interval is { } ci)
        {
            if (view.Estimate.Value is 90 or 95 or 99 && ci.Span.Start - estimate.End is >= 0 and <= 3)
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
        if (view.Estimate.GluedToPrevious)
        {
            return false;
        }

        // "the difference: −13.55 to 476.72" or "0.60 - 0.69": the number is a bound of a range.
        if (view.Estimate.IsRangeBound)
        {
            return false;
        }

        string head = text[Math.Max(0, estimate.Start - 12)..estimate.Start].TrimEnd().ToLowerInvariant();
        if (head.EndsWith(" p", StringComparison.Ordinal) || head == "p" || head.EndsWith("over", StringComparison.Ordinal) || head.EndsWith("after", StringComparison.Ordinal)
            || head.EndsWith("for", StringComparison.Ordinal) || head.EndsWith("within", StringComparison.Ordinal) || head.EndsWith("during", StringComparison.Ordinal))
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
