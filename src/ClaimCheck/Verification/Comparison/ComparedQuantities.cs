using System.Collections.Frozen;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verification.Comparison;

/// <summary>
/// Which numbers are compared with which (CC4001, CC4002): like with like. A summary claim states one quantity
/// (<see cref="Stated"/>, a table by claim kind); a source claim offers every number it prints under that number's own
/// key (<see cref="Offered"/>), and the numbers that can be derived from it under another kind's key
/// (<see cref="Derivations"/>): a count is never set against a percent, an odds ratio never against a hazard ratio.
/// </summary>
internal static class ComparedQuantities
{
    /// <summary>The quantity a summary claim states, by claim kind: a proportion's percent (else its count), a count, a ratio of its measure, a difference or other estimate, a p. Kinds not in the table state none.</summary>
    internal static readonly FrozenDictionary<ClaimKind, Func<Claim, Quantity?>> Stated = new Dictionary<ClaimKind, Func<Claim, Quantity?>>
    {
        [ClaimKind.Proportion] = c => c is ProportionClaim p
            ? p.Percent is { } percent ? Quantity.Of(new(QuantityKind.Percent), percent, ArmKey.Of(p.GroupLabel))
            : p.Count is { } count ? Quantity.Of(new(QuantityKind.Count), count, ArmKey.Of(p.GroupLabel)) : null
            : null,
        [ClaimKind.Count] = c => c is CountClaim n ? Quantity.Of(new(QuantityKind.Count), n.Count, ArmKey.Of(n.GroupLabel)) : null,
        [ClaimKind.RatioEstimate] = c => c is RatioEstimateClaim r ? Quantity.Of(RatioKey(r), r.Estimate) : null,
        [ClaimKind.DifferenceEstimate] = c => c is DifferenceEstimateClaim d ? Quantity.Of(new(QuantityKind.Difference), d.Estimate) : null,
        [ClaimKind.IntervalEstimate] = c => c is IntervalEstimateClaim e ? Quantity.Of(new(QuantityKind.Difference), e.Estimate) : null,
        [ClaimKind.PValue] = c => c is PValueClaim { P: var p } ? POf(p) : null,
    }.ToFrozenDictionary();

    /// <summary>
    /// How a source claim is read under the key of a summary quantity of another kind, by that kind: the extension point
    /// where a relative change ("25% more likely") is compared with the ratio it derives from (IRR 1.25 → +25%, RR 0.56 →
    /// −44%). A row for the two proportions of a comparison (36/… vs 64/… → −43.75%) belongs here too, once the summary
    /// side states relative changes.
    /// </summary>
    internal static readonly FrozenDictionary<QuantityKind, Func<Claim, IEnumerable<Quantity>>> Derivations = new Dictionary<QuantityKind, Func<Claim, IEnumerable<Quantity>>>
    {
        [QuantityKind.RelativeChange] = c => c is RatioEstimateClaim { Measure: not RatioMeasure.RiskDifference } r
            // Every value the printed ratio can stand for, as a change in percent: 1.25 (1.245–1.255) → +24.5% to +25.5%.
            ? [new Quantity(new(QuantityKind.RelativeChange), r.Estimate, new Interval((Printed.Range(r.Estimate).Lower - 1) * 100, (Printed.Range(r.Estimate).Upper - 1) * 100), null)]
            : [],
    }.ToFrozenDictionary();

    /// <summary>The quantity <paramref name="claim"/> states as a summary claim, or null.</summary>
    internal static Quantity? StatedBy(Claim claim) => Stated.TryGetValue(claim.Kind, out var read) ? read(claim) : null;

    /// <summary>Every number <paramref name="claim"/> offers as a source claim, under its own key, then what <see cref="Derivations"/> derive from it.</summary>
    internal static IEnumerable<Quantity> Offered(Claim claim)
    {
        switch (claim)
        {
            case ProportionClaim p:
                string? arm = ArmKey.Of(p.GroupLabel);
                if (p.Percent is { } percent)
                {
                    yield return Quantity.Of(new(QuantityKind.Percent), percent, arm);
                }

                foreach (var n in new[] { p.Count, p.Total })
                {
                    if (n is { } count)
                    {
                        yield return Quantity.Of(new(QuantityKind.Count), count, arm);
                    }
                }

                break;
            case GroupComparisonClaim g:
                // "61.6% vs. 67.6%": each group's percent is a percent of that group.
                foreach (var value in g.Values.Where(v => v.Value.IsPercent))
                {
                    yield return Quantity.Of(new(QuantityKind.Percent), value.Value, ArmKey.Of(value.GroupLabel));
                }

                break;
            default:
                if (StatedBy(claim) is { } stated && stated.Key.Kind != QuantityKind.P)
                {
                    yield return stated;
                }

                break;
        }

        if ((claim as ITestedClaim)?.P is { } tested && POf(tested) is { } pQuantity)
        {
            yield return pQuantity;
        }

        foreach (var derive in Derivations.Values)
        {
            foreach (var derived in derive(claim))
            {
                yield return derived;
            }
        }
    }

    /// <summary>The key of a ratio estimate: its measure ("OR", "HR").</summary>
    internal static QuantityKey RatioKey(RatioEstimateClaim ratio) => new(QuantityKind.Ratio, ratio.Measure switch
    {
        RatioMeasure.OddsRatio => "odds ratio",
        RatioMeasure.RiskRatio => "risk ratio",
        RatioMeasure.HazardRatio => "hazard ratio",
        RatioMeasure.IncidenceRateRatio => "rate ratio",
        _ => "risk difference",
    });

    /// <summary>
    /// A p's quantity: the values it can stand for, read with its relation ("p &lt; 0.001" is anything up to 0.0015, so
    /// "p = 0.0004" agrees with it); null for a p printed without a number ("NS").
    /// </summary>
    internal static Quantity? POf(PValue p)
    {
        if (p.Value is not { } v)
        {
            return null;
        }

        var range = Printed.Range(v);
        var values = p.Relation switch
        {
            RelationalOperator.Less or RelationalOperator.LessOrEqual => new Interval(0, range.Upper),
            RelationalOperator.Greater or RelationalOperator.GreaterOrEqual => new Interval(range.Lower, 1),
            _ => range,
        };
        return new Quantity(new(QuantityKind.P), v, values, null);
    }
}
