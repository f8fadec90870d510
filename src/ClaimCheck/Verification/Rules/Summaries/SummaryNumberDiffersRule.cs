using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;
using ClaimCheck.Statistics;
using ClaimCheck.Verification.Comparison;

namespace ClaimCheck.Verification.Rules.Summaries;

/// <summary>
/// CC4001: a summary number that does not agree within rounding with the source's number for the same quantity, like
/// with like (<see cref="ComparedQuantities"/>): a count with a count, a percent with a percent, a ratio with a ratio of
/// the same measure, about the same arm and (sub)group, whose sentences share at least
/// <see cref="ComparisonContext.MinimumSharedTerms"/> terms; and the interval and p of a summary estimate whose value
/// agrees with a source estimate. A misquote that makes a non-significant result significant has its own wording.
/// </summary>
internal sealed class SummaryNumberDiffersRule : ComparisonRule
{
    /// <summary>A number that differs.</summary>
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.SummaryNumberDiffers,
        "Summary number differs from its source",
        "the summary gives {0} where the source gives {1} for the same quantity (\"{2}\"); {0} stands for {3} and {1} for {4}, which do not meet",
        RuleCategory.Summaries,
        Severity.Info);

    /// <summary>A differing interval bound or p that turns the source's non-significant result significant.</summary>
    internal static readonly RuleDescriptor TurnsSignificant = new(
        RuleIds.SummaryNumberDiffers,
        "Summary number differs from its source",
        "the summary gives {0} where the source gives {1} for the same result (\"{2}\"), which makes it significant: in the source {3}, in the summary {4}",
        RuleCategory.Summaries,
        Severity.Info);

    internal override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule, TurnsSignificant];

    internal override void Analyze(ComparisonContext context)
    {
        foreach (var (item, quantity, best, bestQuantity, shared) in context.UnmatchedNumbers)
        {
            if (best is null || bestQuantity is null || shared < ComparisonContext.MinimumSharedTerms)
            {
                continue;
            }

            if (quantity.Key.Kind == QuantityKind.P && item.Claim is ITestedClaim { P: { } p } && (best.Claim as ITestedClaim)?.P is { } sourceP
                && ResultEvidence.Decide(sourceP, context.Alpha) == false && ResultEvidence.Decide(p, context.Alpha) == true)
            {
                ReportP(context, p, sourceP, best);
                continue;
            }

            Report(context, quantity, bestQuantity, best);
        }

        foreach (var (item, source, shared) in context.MatchedEstimates)
        {
            // An estimate agrees by chance with another result's only rarely when it has three digits; with fewer the sentences must agree too.
            var estimate = ((IEstimateClaim)item.Claim).Estimate;
            if (shared < ComparisonContext.MinimumSharedTerms && estimate.Text.Count(char.IsAsciiDigit) < 3)
            {
                continue;
            }

            CompareResult(context, item, source);
        }
    }

    /// <summary>The interval, then the p, of a summary estimate against those of the source estimate it agrees with.</summary>
    private static void CompareResult(ComparisonContext context, ClaimSide.Item item, ClaimSide.Item source)
    {
        var mine = (IEstimateClaim)item.Claim;
        var theirs = (IEstimateClaim)source.Claim;
        double nullValue = mine.Scale == EstimateScale.Log ? 1 : 0;
        if (mine.Interval is { } ci && theirs.Interval is { } sourceCi
            && ClaimSide.Agree(mine.Estimate, theirs.Estimate, signless: false)
            && FirstDiffering(ci, sourceCi) is { } bounds)
        {
            if (mine.Scale != EstimateScale.Either && ResultEvidence.Crosses(sourceCi, nullValue) == true && ResultEvidence.Crosses(ci, nullValue) == false)
            {
                string nullText = nullValue.ToString(CultureInfo.InvariantCulture);
                context.Report(TurnsSignificant, Location.In(context.Summary.Source, bounds.Mine.Span), [Location.In(context.Source.Source, bounds.Theirs.Span)],
                    bounds.Mine.ToString(), bounds.Theirs.ToString(), ComparisonContext.Shorten(source.Sentence),
                    $"the interval {sourceCi.Lower} to {sourceCi.Upper} crosses {nullText}", $"{ci.Lower} to {ci.Upper} excludes it");
            }
            else
            {
                Report(context, Quantity.Of(new(QuantityKind.Difference), bounds.Mine), Quantity.Of(new(QuantityKind.Difference), bounds.Theirs), source);
            }

            return;
        }

        if (mine.P is { } p && theirs.P is { } sourceP && ComparedQuantities.POf(p) is { } pq && ComparedQuantities.POf(sourceP) is { } sourcePq
            && !pq.Range.Overlaps(sourcePq.Range))
        {
            if (ResultEvidence.Decide(sourceP, context.Alpha) == false && ResultEvidence.Decide(p, context.Alpha) == true)
            {
                ReportP(context, p, sourceP, source);
            }
            else
            {
                Report(context, pq, sourcePq, source);
            }
        }
    }

    /// <summary>The first pair of bounds (lower, then upper) of two intervals that do not agree within rounding, or null.</summary>
    private static (ReportedNumber Mine, ReportedNumber Theirs)? FirstDiffering(ConfidenceInterval mine, ConfidenceInterval theirs)
        => !ClaimSide.Agree(mine.Lower, theirs.Lower, signless: false) ? (mine.Lower, theirs.Lower)
        : !ClaimSide.Agree(mine.Upper, theirs.Upper, signless: false) ? (mine.Upper, theirs.Upper)
        : null;

    private static void Report(ComparisonContext context, Quantity mine, Quantity theirs, ClaimSide.Item source)
        => context.Report(Rule, Location.In(context.Summary.Source, mine.Number.Span), [Location.In(context.Source.Source, theirs.Number.Span)],
            mine.Number.ToString(), theirs.Number.ToString(), ComparisonContext.Shorten(source.Sentence),
            Printed.F(mine.Range, mine.Number.Decimals + 1), Printed.F(theirs.Range, theirs.Number.Decimals + 1));

    private static string Written(PValue p) => p.Relation switch
    {
        RelationalOperator.Less => "p < ",
        RelationalOperator.LessOrEqual => "p ≤ ",
        RelationalOperator.Greater => "p > ",
        RelationalOperator.GreaterOrEqual => "p ≥ ",
        _ => "p = ",
    } + p.ValueText;

    private static void ReportP(ComparisonContext context, PValue p, PValue sourceP, ClaimSide.Item source)
    {
        string alpha = context.Alpha.ToString(CultureInfo.InvariantCulture);
        context.Report(TurnsSignificant, Location.In(context.Summary.Source, p.Value!.Value.Span), [Location.In(context.Source.Source, sourceP.Value!.Value.Span)],
            p.Value!.Value.ToString(), sourceP.Value!.Value.ToString(), ComparisonContext.Shorten(source.Sentence),
            $"{Written(sourceP)} is not below α = {alpha}", $"{Written(p)} is");
    }
}
