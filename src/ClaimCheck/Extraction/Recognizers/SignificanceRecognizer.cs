using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// Wording about significance, difference and benefit, for the language rules: "significantly
/// reduced", "No significant differences", "non-significant", "similar", "comparable", "did not
/// differ", "no inter-group difference", "marginally smaller", "trend towards", "approached
/// significance", "may offer potential benefits", "improves". Statements of purpose ("to assess
/// whether X improves Y", "to detect a significant difference") and the significance level
/// ("statistical significance was set at") give none.
/// </summary>
internal static class SignificanceRecognizer
{
    private const int NegationWindow = 5;
    private const int HedgeWindow = 10;
    private const int PurposeWindow = 25;

    private static readonly WordSet SimilarityVerbs = new(
        "showed", "show", "shows", "had", "have", "has", "observed", "found", "yielded", "achieved", "reported", "displayed", "demonstrated",
        "produced", "experienced", "obtained", "illustrated", "exhibited", "revealed");

    private static readonly WordSet SimilarityAdverbs = new("very", "quite", "largely", "broadly", "statistically", "generally", "highly", "clinically");

    private static readonly WordSet SimilarityPrepositions = new("between", "across", "for", "at");

    private static readonly WordSet ResultNouns = new(
        "results", "rates", "rate", "outcomes", "proportions", "proportion", "incidence", "incidences", "improvements", "improvement", "changes",
        "effects", "efficacy", "levels", "scores", "values", "numbers", "frequencies", "frequency", "reductions", "reduction", "increases", "trends",
        "patterns", "profiles", "responses", "response", "risk", "risks");

    private static readonly WordSet EffectiveBefore = new("more", "less", "as", "highly", "equally", "very", "most", "similarly", "clinically", "both");

    private static readonly WordSet EffectiveAfter = new(
        "in", "for", "than", "and", "treatment", "therapy", "therapeutic", "intervention", "approach", "option", "strategy", "alternative", "method",
        "way", "means", "adjunct");

    private static readonly WordSet Auxiliaries = new("did", "does", "do", "could", "would", "has", "have", "had", "should", "will", "can");

    private static readonly WordSet HedgeVerbs = new("suggest", "suggests", "suggested", "suggesting", "appear", "appears", "appeared", "seem", "seems", "seemed");

    private static readonly WordSet HeadNouns = new(
        "effect", "effects", "association", "associations", "correlation", "correlations", "interaction", "interactions", "reduction", "reductions",
        "increase", "increases", "decrease", "decreases", "predictor", "predictors");

    private static readonly WordSet Comparatives = new(
        "better", "worse", "associated", "reduce", "reduces", "increase", "decrease", "decreases", "lowered", "elevated", "improved", "low", "high",
        "correlated", "related", "affected", "prolonged");

    private static readonly WordSet Reached = new("reach", "reached", "reaching", "achieved", "achieve", "attained", "showed");

    // "significant morbidity", "a significant problem": the everyday sense, not a test's result.
    private static readonly WordSet EverydayHeads = new(
        "problem", "problems", "burden", "cause", "causes", "concern", "concerns", "challenge", "challenges", "morbidity", "proportion",
        "number", "numbers", "amount", "amounts", "portion", "role", "source", "threat", "issue", "issues", "fraction", "contributor",
        "barrier", "barriers", "risk", "risks");

    private static readonly WordSet PotentialKinds = new(
        "side", "adverse", "confounders", "confounder", "confounding", "participants", "subjects", "candidates", "donors", "bias", "biases",
        "harms", "risks", "savings", "mechanism", "mechanisms", "mechanistic", "pathways", "sources", "barriers", "predictors", "moderators", "mediators");

    private static readonly WordSet Uncertain = new("unclear", "unknown", "uncertain", "known", "clear", "determine", "see", "examine", "test");

    // "was not designed (powered) to detect significant differences"
    private static readonly WordSet Design = new("designed", "powered", "power", "intended", "aimed");

    // "a more effective regimen is needed": a want, not a finding.
    private static readonly WordSet Wants = new("needed", "required", "warranted", "lacking", "unknown", "unclear", "sought", "desirable");

    // A negation before these belongs to another clause ("no change in A but a significant fall in B").
    private static readonly WordSet ClauseBreaks = new("but", "whereas", "while", "although", "though", "however", "and");


    internal static bool IsTrigger(Keyword k) => k is Keyword.Significant or Keyword.NonSignificant or Keyword.Similar or Keyword.Comparable
        or Keyword.Differ or Keyword.Difference or Keyword.Trend or Keyword.Marginal or Keyword.Approach or Keyword.Benefit
        or Keyword.Improve or Keyword.Effective or Keyword.Superior;

    internal static bool TryMatch(SentenceScan s, int i, out int next)
    {
        next = i;
        switch (s[i].Keyword)
        {
            case Keyword.Significant:
                return TrySignificant(s, i, out next);
            case Keyword.NonSignificant:
                return Emit(s, i, ExtendHead(s, i, significantly: false), SignificanceWording.NotSignificant, out next);
            case Keyword.Similar or Keyword.Comparable:
                return IsSimilarityStatement(s, i) && Emit(s, i, i, SignificanceWording.NoDifference, out next);
            case Keyword.Differ or Keyword.Difference:
            {
                // "no significant statistical difference" was read from "significant" already.
                int negation = NegationBefore(s, i, 3);
                return negation >= 0 && s.FindBack(i, i - negation, Keyword.Significant) < 0
                    && Emit(s, negation, i, SignificanceWording.NoDifference, out next);
            }

            case Keyword.Trend:
                return IsTrendStatement(s, i) && Emit(s, i, i + 1, SignificanceWording.Marginal, out next);
            case Keyword.Marginal:
                return TryMarginal(s, i, out next);
            case Keyword.Approach:
                return s.IsKeyword(i + 1, Keyword.Significant) ? Emit(s, i, i + 1, SignificanceWording.Marginal, out next)
                    : s.IsKeyword(i + 1, Keyword.Statistically) && s.IsKeyword(i + 2, Keyword.Significant) && Emit(s, i, i + 2, SignificanceWording.Marginal, out next);
            default:
                return TryBenefit(s, i, out next);
        }
    }

    private static bool TrySignificant(SentenceScan s, int i, out int next)
    {
        next = i;
        int negation = NegationBefore(s, i, NegationWindow);
        int marginal = FindBackInClause(s, i, 3, Keyword.Marginal, Keyword.Approach, Keyword.Trend);
        bool noun = s.IsWord(i, "significance");
        if (negation < 0 && marginal < 0 && IsEverydaySense(s, i))
        {
            return false;
        }

        if (noun && negation < 0 && marginal < 0 && !IsReached(s, i - 1))
        {
            // "statistical significance was set at", "the significance of": no statement.
            return false;
        }

        if (negation < 0 && (IsPurpose(s, i) || FindBackInClause(s, i, 3, Keyword.Considered, Keyword.Considered, Keyword.Considered) >= 0))
        {
            // "p < 0.05 was considered significant" defines the threshold.
            return false;
        }

        if (negation >= 0 && NotDesignedFor(s, negation, i))
        {
            // "was not designed to detect significant differences" says what the trial could not show, not what it found.
            return false;
        }

        int first = i;
        if (s.IsKeyword(i - 1, Keyword.Statistically))
        {
            first = i - 1;
        }

        var wording = SignificanceWording.Significant;
        if (marginal >= 0)
        {
            wording = SignificanceWording.Marginal;
            first = Math.Min(first, marginal);
        }
        else if (negation >= 0)
        {
            wording = SignificanceWording.NotSignificant;
            first = Math.Min(first, negation);
        }

        int last = noun ? i : ExtendHead(s, i, significantly: s.TextOf(i).EndsWith("ly", StringComparison.OrdinalIgnoreCase));
        return Emit(s, first, last, wording, out next);
    }

    private static bool NotDesignedFor(SentenceScan s, int negation, int i)
    {
        for (int j = negation + 1; j < i; j++)
        {
            if (Design.Contains(s, j))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEverydaySense(SentenceScan s, int i)
    {
        // With a number in the sentence "a significant amount (P = 0.007)" reports a test.
        if (!s.IsWord(i, "significant") || s.IsKeyword(i - 1, Keyword.Statistically)
            || s.Text.AsSpan(s.Sentence.Start, s.Sentence.Length).IndexOfAnyInRange('0', '9') >= 0)
        {
            return false;
        }

        // "significant morbidity", "significant associated morbidity"
        return EverydayHeads.Contains(s, i + 1) || (s.IsLatinWord(i + 1) && EverydayHeads.Contains(s, i + 2));
    }

    private static bool IsReached(SentenceScan s, int j)
        => Reached.Contains(s, j) || (s.IsKeyword(j, Keyword.Statistically) && IsReached(s, j - 1));

    private static bool TryMarginal(SentenceScan s, int i, out int next)
    {
        next = i;
        bool adverbOnly = s.IsWord(i, "nearly") || s.IsWord(i, "almost");
        int j = i + 1;
        if (s.IsKeyword(j, Keyword.Statistically))
        {
            j++;
        }

        if (s.IsKeyword(j, Keyword.Significant))
        {
            return Emit(s, i, j, SignificanceWording.Marginal, out next);
        }

        // "marginally smaller", "borderline higher"
        return !adverbOnly && s.IsLatinWord(j) && IsComparative(s, j) && Emit(s, i, j, SignificanceWording.Marginal, out next);
    }

    private static bool IsTrendStatement(SentenceScan s, int i)
    {
        if (s.IsWord(i, "tended"))
        {
            // "tended to be lower", "tended to decrease", but not "people tended to choose".
            int j = i + 2;
            if (s.IsWord(j, "be"))
            {
                j++;
            }

            return s.IsKeyword(i + 1, Keyword.To) && s.IsLatinWord(j) && IsComparative(s, j);
        }

        if (s.IsWord(i + 1, "toward") || s.IsWord(i + 1, "towards"))
        {
            return true;
        }

        // "a trend for better survival", but not "test for trend" or "P for trend".
        return s.IsWord(i + 1, "for") && !s.IsKeyword(i - 1, Keyword.P) && !s.IsWord(i - 1, "test") && s.IsKeyword(i - 1, Keyword.Article);
    }

    private static bool IsSimilarityStatement(SentenceScan s, int i)
    {
        if (s.IsWord(i, "similarly"))
        {
            return false;
        }

        if (s.IsKeyword(i + 1, Keyword.To))
        {
            // "similar to previous reports" compares with other studies; "similar to placebo" with a group.
            for (int j = i + 2; j <= i + 5 && s.IsLatinWord(j); j++)
            {
                if (s.IsKeyword(j, Keyword.Group) || s.IsWord(j, "placebo") || s.IsWord(j, "control") || s.IsWord(j, "controls") || s.IsWord(j, "those"))
                {
                    return true;
                }
            }

            return false;
        }

        int p = i - 1;
        while (SimilarityAdverbs.Contains(s, p))
        {
            p--;
        }

        if (s.IsKeyword(p, Keyword.Copula) || SimilarityVerbs.Contains(s, p))
        {
            return true;
        }

        int n = i + 1;
        if (s.IsKeyword(n, Keyword.In) || SimilarityPrepositions.Contains(s, n))
        {
            return true;
        }

        for (int j = n; j <= i + 3 && s.IsLatinWord(j); j++)
        {
            if (ResultNouns.Contains(s, j))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryBenefit(SentenceScan s, int i, out int next)
    {
        next = i;
        var keyword = s[i].Keyword;
        int negation = NegationBefore(s, i, 3);
        int hedge = FindBackInClause(s, i, 3, Keyword.Hedge, Keyword.Hedge, Keyword.Hedge);
        if (IsPurpose(s, i) || IsWant(s, i))
        {
            return false;
        }

        switch (keyword)
        {
            case Keyword.Improve when s.IsWord(i, "improve") && s.IsKeyword(i - 1, Keyword.To) && hedge < 0:
                return false;
            case Keyword.Improve when s.IsWord(i, "improving") && s.IsWord(i - 1, "for"):
                // "an exercise used for improving balance" states a use, not a result.
                return false;
            case Keyword.Benefit when s.IsWord(i - 1, "net") || s.IsWord(i - 1, "monetary"):
                // "incremental net monetary benefit": a health-economic quantity, not a claim of benefit.
                return false;
            case Keyword.Effective when !(s.IsKeyword(i - 1, Keyword.Copula) || hedge >= 0 || negation >= 0
                || EffectiveBefore.Contains(s, i - 1) || EffectiveAfter.Contains(s, i + 1)):
                return false;
            case Keyword.Superior when !(s.IsKeyword(i - 1, Keyword.Copula) || s.IsKeyword(i + 1, Keyword.To) || s.IsWord(i + 1, "efficacy")
                || s.IsWord(i + 1, "effect") || s.IsWord(i + 1, "outcomes")):
                return false;
            case Keyword.Benefit or Keyword.Improve or Keyword.Effective or Keyword.Superior:
                break;
            default:
                return false;
        }

        if (negation >= 0)
        {
            return Emit(s, negation, i, SignificanceWording.NoDifference, out next);
        }

        return Emit(s, hedge >= 0 ? hedge : i, i, SignificanceWording.Benefit, out next);
    }

    private static bool Emit(SentenceScan s, int first, int last, SignificanceWording wording, out int next)
    {
        if (s.IsWord(first, "not") && IsAuxiliary(s, first - 1))
        {
            // "did not differ", "was not significant"
            first--;
        }

        bool hedged = HedgeBefore(s, first + 1) || FindHedgeVerb(s, first);
        int start = s[first].Start;
        int slot = -1;
        // "did not differ significantly" is read from "differ" and again from "significantly": one statement.
        if (s.LastStatement >= 0 && s.Claims[s.LastStatement] is SignificanceStatement earlier && earlier.Span.End > start)
        {
            slot = s.LastStatement;
            start = Math.Min(start, earlier.Span.Start);
            wording = Stronger(earlier.Wording, wording);
            hedged |= earlier.IsHedged;
        }

        var (span, text) = s.ClaimTextFrom(start, last);
        var statement = new SignificanceStatement(span, text, s.Sentence, wording, hedged);
        if (slot >= 0)
        {
            s.Claims[slot] = statement;
        }
        else
        {
            s.LastStatement = s.Claims.Count;
            s.Claims.Add(statement);
        }

        next = last + 1;
        return true;
    }

    // Wording about a test (marginal, not significant, significant) says more than wording about a difference or a benefit.
    private static SignificanceWording Stronger(SignificanceWording a, SignificanceWording b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(SignificanceWording w) => w switch
    {
        SignificanceWording.Marginal => 4,
        SignificanceWording.NotSignificant => 3,
        SignificanceWording.Significant => 2,
        SignificanceWording.NoDifference => 1,
        _ => 0,
    };

    private static bool IsAuxiliary(SentenceScan s, int j)
        => s.IsKeyword(j, Keyword.Copula) || Auxiliaries.Contains(s, j);

    /// <summary>
    /// "may", "could", "potential benefits" before <paramref name="i"/>; "potential" naming a kind of thing
    /// ("potential side effects", "potential confounders", "potential mechanisms") hedges nothing.
    /// </summary>
    private static bool HedgeBefore(SentenceScan s, int i)
    {
        for (int j = i - 1; j >= 0 && j >= i - HedgeWindow; j--)
        {
            if (s.IsKeyword(j, Keyword.Hedge) && (!s.IsWord(j, "potential") || !PotentialKinds.Contains(s, j + 1)))
            {
                return true;
            }
        }

        return false;
    }


    private static bool FindHedgeVerb(SentenceScan s, int first)
    {
        for (int j = first - 1; j >= 0 && j >= first - HedgeWindow; j--)
        {
            if (HedgeVerbs.Contains(s, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The head word after "significant(ly)": "significantly reduced", "significant difference".</summary>
    private static int ExtendHead(SentenceScan s, int i, bool significantly)
    {
        int j = i + 1;
        if (!s.IsLatinWord(j))
        {
            return i;
        }

        if (significantly)
        {
            return IsComparative(s, j) || s.TextOf(j).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                || s[j].Keyword is Keyword.Improve or Keyword.Differ ? j : i;
        }

        if (s.IsKeyword(j, Keyword.Statistically) && s.IsLatinWord(j + 1))
        {
            // "significant statistical difference"
            j++;
        }

        return s[j].Keyword is Keyword.Difference or Keyword.Change or Keyword.Improve or Keyword.Benefit or Keyword.Trend
            || HeadNouns.Contains(s, j) ? j : i;
    }

    private static bool IsComparative(SentenceScan s, int j)
        => s[j].Keyword is Keyword.ThresholdWord or Keyword.Change or Keyword.Improve or Keyword.Differ
        || Comparatives.Contains(s, j)
        || (s.TextOf(j).EndsWith("er", StringComparison.OrdinalIgnoreCase) && s.TextOf(j).Length > 4);

    /// <summary>A negation within <paramref name="window"/> tokens before <paramref name="i"/>, not across punctuation; -1 when none.</summary>
    private static int NegationBefore(SentenceScan s, int i, int window)
    {
        for (int j = i - 1; j >= 0 && j >= i - window; j--)
        {
            if (!s.IsLatinWord(j) || ClauseBreaks.Contains(s, j))
            {
                return -1;
            }

            if (s.IsKeyword(j, Keyword.Negation))
            {
                return j;
            }
        }

        return -1;
    }

    private static int FindBackInClause(SentenceScan s, int i, int window, Keyword a, Keyword b, Keyword c)
    {
        int found = -1;
        for (int j = i - 1; j >= 0 && j >= i - window; j--)
        {
            if (!s.IsLatinWord(j))
            {
                break;
            }

            var k = s[j].Keyword;
            if (k == a || k == b || k == c)
            {
                found = j;
            }
        }

        return found;
    }

    /// <summary>"more effective treatments are needed", "the need for effective therapy": a benefit wanted, not found.</summary>
    private static bool IsWant(SentenceScan s, int i)
    {
        for (int j = i + 1; j <= i + 4 && s.IsLatinWord(j); j++)
        {
            if (Wants.Contains(s, j))
            {
                return true;
            }
        }

        for (int j = i - 1; j >= 0 && j >= i - 4 && s.IsLatinWord(j); j--)
        {
            if (s.IsWord(j, "need") || s.IsWord(j, "needs"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPurpose(SentenceScan s, int i)
    {
        for (int j = i - 1; j >= 0 && j >= i - PurposeWindow; j--)
        {
            // "It is unclear if the values are clinically significant" asks; it does not state.
            if (s.IsKeyword(j, Keyword.Purpose) || (s.IsWord(j, "if") && Uncertain.Contains(s, j - 1)))
            {
                return true;
            }
        }

        return false;
    }
}
