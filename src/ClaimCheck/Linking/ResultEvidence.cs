using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Segmenting;
using ClaimCheck.Text;

namespace ClaimCheck.Linking;

/// <summary>
/// What each reported result says about significance, worked out once per document, clause by clause: significant, not,
/// or undecided, with the interval or p used. A result is its interval against the null value, or its p against α.
/// Printed numbers are read as their rounding intervals, and a result is evidence only when the whole interval falls on
/// one side: "p = 0.05" (0.045–0.055) and a bound printed as "0.00" decide nothing. A p the Segmenting stage marks as a
/// criterion ("at the p &lt; .05 level", "p &lt; 0.05 was considered significant", "H0: P = 0.5") or as a test of a model
/// or interaction is not a result.
/// </summary>
internal sealed class ResultEvidence
{
    private static readonly IReadOnlyList<Evidence> None = [];
    private readonly Dictionary<TextSpan, List<Evidence>> _byClause;

    private ResultEvidence(Dictionary<TextSpan, List<Evidence>> byClause) => _byClause = byClause;

    /// <summary>A result with numbers: the claim, whether it is significant (null when its printed numbers cannot tell), and how to cite it.</summary>
    internal sealed record Evidence(Claim Claim, bool? Significant, string Citation);

    /// <summary>The results of every clause of <paramref name="document"/> (segmented) that holds claims of <paramref name="extraction"/>.</summary>
    internal static ResultEvidence Build(ThreadDocument document, ExtractionResult extraction, double alpha)
    {
        var byClause = new Dictionary<TextSpan, List<Evidence>>();
        foreach (var sentence in extraction.Blocks.SelectMany(b => b.Claims).GroupBy(c => c.SentenceSpan))
        {
            var clauses = ClausesOf(document, sentence.Key);
            var groups = ClauseSplitter.Assign(clauses, sentence, c => c.Span.Start);
            for (int k = 0; k < clauses.Count; k++)
            {
                if (groups[k].Count > 0)
                {
                    byClause[clauses[k]] = [.. Of(document, groups[k], alpha)];
                }
            }
        }

        return new ResultEvidence(byClause);
    }

    /// <summary>The results among the claims of the clause at <paramref name="clause"/>, in order; empty when none.</summary>
    internal IReadOnlyList<Evidence> InClause(TextSpan clause) => _byClause.TryGetValue(clause, out var results) ? results : None;

    /// <summary>The numeric results among <paramref name="claims"/> (estimates with an interval or p, p-values, test statistics).</summary>
    internal static IEnumerable<Evidence> Of(ThreadDocument document, IReadOnlyCollection<Claim> claims, double alpha)
    {
        string text = document.Source.Text;
        var seen = new HashSet<TextSpan>();
        foreach (var e in EstimateReader.Read(text, claims))
        {
            if (e.Interval is { } ci)
            {
                bool? crossesZero = Crosses(ci, 0), crossesOne = Crosses(ci, 1);
                bool? crosses = e.Scale switch
                {
                    EstimateScale.Log => crossesOne,
                    EstimateScale.Linear => crossesZero,
                    // An unnamed estimate may be one group's mean, whose interval says nothing about a difference:
                    // it speaks only when it crosses both 0 and 1 (then nothing it could be is significant).
                    _ => crossesZero == true && crossesOne == true ? true : null,
                };
                if (e.P is { } p)
                {
                    seen.Add(p.Span);
                }

                if (e.P is { } tested && IsCriterion(document, e.Claim.SentenceSpan, tested))
                {
                    continue;
                }

                if (crosses is null && e.P is null)
                {
                    // "65.6% [44.5% to 86.7%]" unnamed: it may be a significant difference; say so rather than drop it.
                    yield return new Evidence(e.Claim, null, e.Claim.Text);
                }
                else if (crosses is { } c)
                {
                    string nullValue = e.Scale == EstimateScale.Log ? "1" : e.Scale == EstimateScale.Linear ? "0" : "0 and 1";
                    yield return new Evidence(e.Claim, !c, $"{e.Claim.Text} (the interval {(c ? "crosses" : "excludes")} {nullValue})");
                }
                else if (e.P is { } p2)
                {
                    yield return new Evidence(e.Claim, Decide(p2, alpha), e.Claim.Text);
                }
            }
            else if (e.P is { } p && seen.Add(p.Span) && !IsCriterion(document, e.Claim.SentenceSpan, p))
            {
                yield return new Evidence(e.Claim, Decide(p, alpha), e.Claim.Text);
            }
        }

        foreach (var claim in claims)
        {
            if (claim.Kind is ClaimKind.PValue or ClaimKind.TestStatistic or ClaimKind.GroupComparison && (claim as ITestedClaim)?.P is { } p && seen.Add(p.Span)
                && !IsCriterion(document, claim.SentenceSpan, p))
            {
                yield return new Evidence(claim, Decide(p, alpha), claim.Text);
            }
        }
    }

    /// <summary>
    /// Whether the p-value says significant at α, reading "p = 0.052" as 0.0515–0.0525: true when all of it
    /// is below α ("p &lt; .05" and "p ≤ .05" count as below), false when all of it is at or above α, null when
    /// the printed value cannot tell ("p = 0.05", "p &lt; 0.1", "p &gt; 0.01", "NS" without a number).
    /// </summary>
    internal static bool? Decide(PValue p, double alpha)
    {
        if (p.Value is not { } v)
        {
            return null;
        }

        double low = v.Value - v.HalfUnit, high = v.Value + v.HalfUnit;
        if (v.Value < 0 || v.Value > 1 || (v.Value == 0 && p.Relation is RelationalOperator.Less or RelationalOperator.LessOrEqual))
        {
            // "p < 0" or "p = 60" is a misprint or a misreading, not a result to weigh.
            return null;
        }

        return p.Relation switch
        {
            RelationalOperator.Less or RelationalOperator.LessOrEqual => v.Value <= alpha ? true : null,
            RelationalOperator.Greater or RelationalOperator.GreaterOrEqual => v.Value >= alpha ? false : null,
            RelationalOperator.Equal when high < alpha => true,
            RelationalOperator.Equal when low >= alpha => false,
            _ => null,
        };
    }


    /// <summary>Whether the interval, read with each bound's rounding interval, crosses <paramref name="nullValue"/>; null when a bound may equal it.</summary>
    internal static bool? Crosses(ConfidenceInterval ci, double nullValue)
    {
        double lowerLow = ci.Lower.Value - ci.Lower.HalfUnit, lowerHigh = ci.Lower.Value + ci.Lower.HalfUnit;
        double upperLow = ci.Upper.Value - ci.Upper.HalfUnit, upperHigh = ci.Upper.Value + ci.Upper.HalfUnit;
        if (upperHigh < nullValue || lowerLow > nullValue)
        {
            return false;
        }

        return lowerHigh < nullValue && upperLow > nullValue ? true : null;
    }

    /// <summary>
    /// True when the p is a criterion or a test of a model rather than a result: a threshold or criterion cue just before it
    /// ("at the", "H0:", "set at") or just after it ("level", "was considered significant"), or a model-test cue ("interaction",
    /// "Hosmer–Lemeshow", "goodness of fit") up to 40 characters before it or within it.
    /// </summary>
    /// <param name="document">The segmented document.</param>
    /// <param name="sentenceSpan">The p's sentence.</param>
    /// <param name="p">The p-value.</param>
    /// <param name="asResult">
    /// False to ask only whether the p states the analysis's criterion ("p &lt; 0.05 was considered significant"), as when
    /// judging whether a p was written as a threshold; true (deciding a result) also counts a threshold given with a
    /// result ("significant at the p &lt; .05 level") and tests of a model or interaction.
    /// </param>
    internal static bool IsCriterion(ThreadDocument document, TextSpan sentenceSpan, PValue p, bool asResult = true)
    {
        if (document.SentenceAt(sentenceSpan) is not { } sentence)
        {
            return false;
        }

        // Only the clauses within reach of the p are read: a sentence of thousands of clauses is not re-read per p.
        Clause? previous = null;
        foreach (int position in (int[])[Math.Max(sentence.Span.Start, p.Span.Start - 40), p.Span.Start, Math.Min(sentence.Span.End - 1, p.Span.End + 12)])
        {
            if (sentence.ClauseAt(position) is not { } clause || ReferenceEquals(clause, previous))
            {
                continue;
            }

            previous = clause;
            foreach (var cue in clause.Cues)
            {
                bool criterion = cue.Kind switch
                {
                    CueKind.Threshold or CueKind.ModelTest when !asResult => false,
                    CueKind.Threshold or CueKind.Criterion => (cue.Span.End <= p.Span.Start && p.Span.Start - cue.Span.End <= 4) || (cue.Span.Start >= p.Span.End && cue.Span.Start - p.Span.End <= 12),
                    CueKind.ModelTest => (cue.Span.End <= p.Span.Start && p.Span.Start - cue.Span.End <= 40) || p.Span.Contains(cue.Span),
                    _ => false,
                };
                if (criterion)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The clauses of the sentence at <paramref name="sentence"/>: the Segmenting stage's, or the whole sentence when it has none.</summary>
    private static List<TextSpan> ClausesOf(ThreadDocument document, TextSpan sentence)
        => document.SentenceAt(sentence) is { Clauses: { IsEmpty: false } clauses } ? [.. clauses.Select(c => c.Span)] : [sentence];
}
