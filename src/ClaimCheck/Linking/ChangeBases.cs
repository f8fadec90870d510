using System.Collections.Immutable;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;
using ClaimCheck.Text;

namespace ClaimCheck.Linking;

/// <summary>
/// Ties each relative change and named risk quantity to the numbers it may derive from (<see cref="ChangeBasis"/>):
/// the pair of arm values in its sentence — a two-value comparison (not one of the change's own amount against
/// another change), two proportions, or the from-to of another change — else, for a change that stands alone in its
/// sentence, in the sentence right before it in the same block; and its sentence's ratio estimates.
/// </summary>
internal static class ChangeBases
{
    // Characters between a listed value and the change after it: "58.82%, and 12.5% reduction".
    private const int ListGap = 8;

    internal static ImmutableArray<ChangeBasis> Of(SourceText source, IEnumerable<BlockClaims> blocks)
    {
        var result = ImmutableArray.CreateBuilder<ChangeBasis>();
        foreach (var block in blocks)
        {
            var sentences = block.Claims.GroupBy(c => c.SentenceSpan).OrderBy(g => g.Key.Start).ToList();
            for (int s = 0; s < sentences.Count; s++)
            {
                var claims = sentences[s].ToList();
                foreach (var claim in claims.Where(c => c is RelativeChangeClaim { Form: not RelativeChangeForm.FromTo } or RiskQuantityClaim))
                {
                    // The sentence right before (nothing but white space between) lends its pair to a change that stands alone.
                    bool alone = !claims.Any(c => c != claim && c.Kind != ClaimKind.Significance);
                    bool adjacent = s > 0 && source.ToString(TextSpan.FromBounds(sentences[s - 1].Key.End, sentences[s].Key.Start)).Trim().Length == 0;
                    var pair = PairIn(claims, claim) ?? (alone && adjacent ? PairIn([.. sentences[s - 1]], claim) : null);
                    var ratios = RatioOf(claims, claim);
                    result.Add(new ChangeBasis(claim, pair?.First, pair?.Second, ratios));
                }
            }
        }

        return result.ToImmutable();
    }

    private static (BasisValue First, BasisValue Second)? PairIn(List<Claim> claims, Claim owner)
    {
        // Values that are themselves changes ("24% increase in the vaccine arm versus 18% increase") or listed right before
        // the change ("29.41%, 58.82%, and 12.5% reduction": fellow changes sharing its noun) are not what it derives from.
        var changes = claims.OfType<RelativeChangeClaim>().Select(c => c.Span).ToList();
        bool Usable(TextSpan v) => !changes.Any(c => c.Contains(v) || c.Start == v.End + 1) && !(v.End <= owner.Span.Start && owner.Span.Start - v.End <= ListGap);

        // A comparison of exactly two values, both shares or both counts; the nearest to the change when there are several.
        foreach (var c in claims.OfType<GroupComparisonClaim>().OrderBy(c => Distance(c, owner)))
        {
            if (c.Values.Length == 2 && c.Values.All(v => v.Spread is null && Usable(v.Value.Span)) && c.Values[0].Value.IsPercent == c.Values[1].Value.IsPercent
                && (c.Values[0].Value.IsPercent || c.Values.All(v => Printed.IsCount(v.Value))))
            {
                return (Of(c.Values[0].Value), Of(c.Values[1].Value));
            }
        }

        // The from-to of a change in the same sentence ("rose from 25% to 40%, an increase of 15%").
        if (claims.OfType<RelativeChangeClaim>().FirstOrDefault(c => c != owner && c.Form == RelativeChangeForm.FromTo) is { From: { } from, To: { } to })
        {
            return (Of(from), Of(to));
        }

        // Exactly two proportions.
        var shares = claims.OfType<ProportionClaim>().Where(p => Usable(p.Span)).Select(Share).OfType<BasisValue>().ToList();
        return shares.Count == 2 ? (shares[0], shares[1]) : null;
    }

    /// <summary>
    /// The change's ratio estimate: the first after it in its sentence ("50% fewer (RR 0.50 …)"), else the last before it
    /// when the sentence has no other change ("57% less likely (OR 0.43), and a 12% decrease": the OR is the first change's).
    /// </summary>
    private static List<RatioEstimateClaim> RatioOf(List<Claim> claims, Claim change)
    {
        var ratios = claims.OfType<RatioEstimateClaim>().Where(r => r.Measure != RatioMeasure.RiskDifference).ToList();
        if (ratios.Where(r => r.Span.Start >= change.Span.End).OrderBy(r => r.Span.Start).FirstOrDefault() is { } after)
        {
            var between = claims.OfType<RelativeChangeClaim>().Any(c => c != change && c.Span.Start >= change.Span.End && c.Span.End <= after.Span.Start);
            return between ? [] : [after];
        }

        if (ratios.Where(r => r.Span.End <= change.Span.Start).OrderByDescending(r => r.Span.End).FirstOrDefault() is { } before
            && !claims.OfType<RelativeChangeClaim>().Any(c => c != change))
        {
            return [before];
        }

        return [];
    }

    private static int Distance(Claim a, Claim b) => a.Span.Start >= b.Span.End ? a.Span.Start - b.Span.End : b.Span.Start >= a.Span.End ? b.Span.Start - a.Span.End : 0;

    private static BasisValue Of(ReportedNumber n) => new(n.ToString(), n.Span, Printed.Range(n), n.IsPercent);

    private static BasisValue? Share(ProportionClaim p)
    {
        if (p.Count is { } k && p.Total is { } n && !p.TotalFromContext && n.Value > 0 && k.Value <= n.Value)
        {
            double exact = 100 * k.Value / n.Value;
            return new BasisValue($"{k.Text}/{n.Text}", p.Span, Interval.Point(exact), true);
        }

        return p.Percent is { } percent ? Of(percent) : null;
    }
}
