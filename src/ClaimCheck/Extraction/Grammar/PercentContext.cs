using ClaimCheck.Extraction.Recognizers;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Grammar;

/// <summary>
/// Decides whether a percentage printed alone is a share of a group ("17.9% of patients", "the
/// response rate was 52%", "(79% vs. 29%)") rather than a threshold ("&gt; 50%"), a change ("reduced by
/// 30%", "inhibited CETP activity (91%)"), a concentration ("0.9% saline"), a mean or median of
/// percentages, a share of a quantity ("58.8% of their energy") or a percent-named measure ("%EWL
/// reached 64.2%"). A change word in the clause rules a percentage out unless a rate noun
/// ("incidence", "response rate") is there too.
/// </summary>
internal static class PercentContext
{
    private const int WindowWords = 20;

    // How far back "by 54% and 57%" is followed to the percentage that leads the list.
    private const int MaxListDepth = 4;

    private static readonly WordSet RateNouns = new(
        "rate", "rates", "proportion", "proportions", "percentage", "percentages", "incidence", "prevalence", "frequency", "risk", "response",
        "responses", "remission", "survival", "mortality", "success", "cure", "failure", "agreement", "adherence", "compliance", "retention",
        "attendance", "participation", "uptake", "coverage", "sensitivity", "specificity", "accuracy", "PFS", "OS", "DFS", "EFS", "recurrence",
        "relapse", "positivity", "occurrence", "yield", "abstinence", "completion", "dropout", "attrition", "majority", "minority");


    // Before "of N%" these still name a share ("negative predictive value of 90%", "1-year rates of the end point of 20%").
    private static readonly WordSet RateLikeNouns = new("total", "incidences", "prevalences", "value", "values", "point", "points", "endpoint", "endpoints");

    private static readonly WordSet GroupFollowerVerbs = new(
        "had", "have", "has", "experienced", "reported", "achieved", "developed", "showed", "received", "who", "during", "required", "needed",
        "underwent", "did", "would", "responded", "completed", "died", "relapsed", "recovered", "attended", "preferred", "agreed", "met", "at",
        "for", "after", "versus");

    private static readonly WordSet Possessives = new("their", "his", "her", "its");

    private static readonly WordSet Approximations = new("approximately", "about", "around", "roughly", "nearly", "almost", "only", "some", "circa", "ca");

    private static readonly WordSet ConcentrationWords = new("concentration", "concentrations", "solution", "strength", "w/v", "v/v", "gel", "cream", "ointment");

    private static readonly WordSet NonGroupNouns = new(
        "predicted", "normal", "baseline", "body", "maximum", "maximal", "max", "reference", "initial", "pre-treatment", "pretreatment", "total",
        "weight", "variance", "variation", "control", "value", "values", "dose", "energy", "calories", "kcal", "intake", "VO2max", "VO2peak",
        "HRmax", "1RM", "RM", "capacity");

    internal static bool IsShareOfGroup(SentenceScan s, int i, in NumberRef percent)
    {
        int next = percent.Next;
        if (IsExcludedBefore(s, i) || IsExcludedAfter(s, i, next))
        {
            return false;
        }

        if (IsNamedGroupFollower(s, next))
        {
            // "45% of patients", "45% patients": the group is named, whatever else the clause says.
            return true;
        }

        if (IsValueOfMeasure(s, i))
        {
            return false;
        }

        ScanClause(s, i, out bool rate, out bool change, out bool measure);
        if (percent.Value < 1 && percent.Decimals > 0 && !rate && s.IsLatinWord(i - 1) && s[i - 1].Keyword == Keyword.None)
        {
            // "loteprednol etabonate 0.5% for children": below one percent after a content word, a share needs its rate named.
            return false;
        }

        return !measure && !(change && !rate) && IsShareFollower(s, next);
    }

    private static bool IsNamedGroupFollower(SentenceScan s, int n)
    {
        if (s.IsKeyword(n, Keyword.Subject))
        {
            return true;
        }

        if (!s.IsKeyword(n, Keyword.Of) || Possessives.Contains(s, n + 1))
        {
            return false;
        }

        for (int k = n + 1; k <= n + 3 && s.IsLatinWord(k); k++)
        {
            if (s.IsKeyword(k, Keyword.Subject) || s.IsKeyword(k, Keyword.Group))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What may follow a share of a group: the end of the sentence, punctuation, "of patients", "in", "were", "had", "vs".</summary>
    private static bool IsShareFollower(SentenceScan s, int n)
    {
        if (!s.InRange(n) || s.IsCjk(n))
        {
            return true;
        }

        if (s.KindOf(n) == TokenKind.Symbol)
        {
            return s[n].Symbol is ',' or ';' or ')' or ']' or '.' or ':' or '(' || (s[n].Symbol == '/' && IsSlashPair(s, n));
        }

        return s[n].Keyword switch
        {
            // "of their energy", "of predicted", "at 70% of 1RM": a share of a quantity, not of a group.
            Keyword.Of => !NonGroupNouns.Contains(s, s.IsKeyword(n + 1, Keyword.Article) ? n + 2 : n + 1) && !Possessives.Contains(s, n + 1) && !s.IsNumber(n + 1)
                && !IsEachOnesQuantity(s, n + 1),
            Keyword.Or => !s.IsKeyword(n + 1, Keyword.ThresholdWord),
            Keyword.In or Keyword.And or Keyword.Vs or Keyword.Copula or Keyword.Compared or Keyword.Respectively or Keyword.Subject or Keyword.With
                or Keyword.Group => true,
            _ => GroupFollowerVerbs.Contains(s, n),
        };
    }

    // "internal work of 1.19%", "HbA1c of 7.5%": the value of a measure; "an incidence of 5%" names a rate.
    private static bool IsValueOfMeasure(SentenceScan s, int i)
    {
        int k = i - 1;
        if (Approximations.Contains(s, k))
        {
            k--;
        }

        // Abbreviations ("DCR of 89.4%", "LBR of 17.1%") mostly name rates.
        return s.IsKeyword(k, Keyword.Of) && s.IsLatinWord(k - 1) && s[k - 1].Keyword is Keyword.None or Keyword.Mean or Keyword.Median
            && !RateNouns.Contains(s, k - 1) && !RateLikeNouns.Contains(s, k - 1) && s.TextOf(k - 1).ContainsAnyInRange('a', 'z');
    }

    // "50% of each woman's peak VO2": a share of everyone's own quantity.
    private static bool IsEachOnesQuantity(SentenceScan s, int j)
    {
        if (!(s.IsWord(j, "each") || s.IsWord(j, "every")) || !s.IsLatinWord(j + 1))
        {
            return false;
        }

        var owner = s.TextOf(j + 1);
        return owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("’s", StringComparison.Ordinal)
            || ((s.IsSymbol(j + 2, '\'') || s.IsSymbol(j + 2, '’')) && s.IsWord(j + 3, "s"));
    }

    private static bool IsExcludedBefore(SentenceScan s, int i) => IsExcludedBefore(s, i, 0);

    private static bool IsExcludedBefore(SentenceScan s, int i, int depth)
    {
        // "rose by approximately 11%": an approximation does not change what the number is.
        if (Approximations.Contains(s, i - 1))
        {
            i--;
        }

        if (!s.InRange(i - 1))
        {
            return false;
        }

        ref var prev = ref s[i - 1];
        // "(Baycox® 5%)": the strength of a product.
        if (prev.Kind == TokenKind.Symbol && prev.Symbol is '<' or '>' or '≤' or '≥' or '±' or '-' or '~' or '+' or '×' or '®' or '™')
        {
            return true;
        }

        // "reduced the risk by 54% and 57%": the later items of a list share the first one's reading.
        if (depth < MaxListDepth && (prev.Keyword is Keyword.And or Keyword.Or || (prev.Kind == TokenKind.Symbol && prev.Symbol == ','))
            && s.IsSymbol(i - 2, '%') && s.IsNumber(i - 3) && s.IsGlued(i - 2))
        {
            return IsExcludedBefore(s, i - 3, depth + 1);
        }

        // "86.1%/50.8%": the second of a pair of percentages; any other slash ("mg/0.5%") rules it out.
        if (prev.Kind == TokenKind.Symbol && prev.Symbol == '/')
        {
            return !(s.IsSymbol(i - 2, '%') && s.IsNumber(i - 3));
        }

        if (prev.Kind == TokenKind.Word && prev.Keyword is Keyword.To or Keyword.By or Keyword.Than or Keyword.ThresholdWord or Keyword.From or Keyword.Change)
        {
            return true;
        }

        // "a reduction of 30%", "(concentration 12.5%)", "a solution of 0.5%"
        return (prev.Keyword == Keyword.Of && (s.IsKeyword(i - 2, Keyword.Change) || ConcentrationWords.Contains(s, i - 2))) || ConcentrationWords.Contains(s, i - 1);
    }

    private static bool IsExcludedAfter(SentenceScan s, int i, int n)
    {
        if (!s.InRange(n))
        {
            return false;
        }

        ref var t = ref s[n];
        if (t.Kind == TokenKind.Number)
        {
            return true;
        }

        if (t.Kind == TokenKind.Symbol)
        {
            return t.Symbol switch
            {
                // "hypertonic (4.5%) saline": a concentration in brackets.
                ')' => s.IsSymbol(i - 1, '(') && s.IsLatinWord(n + 1) && !IsShareFollower(s, n + 1),
                '(' => IsValueBracket(s, n),
                '/' => !IsSlashPair(s, n),
                '-' or '±' or '×' => true,
                _ => false,
            };
        }

        // "glucose 5% or saline 0.9% irrigating solution"
        for (int k = n; k < n + 7 && s.InRange(k) && !(s.KindOf(k) == TokenKind.Symbol && s[k].Symbol is ',' or ';' or '(' or ')' or '.'); k++)
        {
            if (ConcentrationWords.Contains(s, k))
            {
                return true;
            }
        }

        // "25% or 44 μmol/l increase": the change word after an alternative amount.
        for (int k = n; k < n + 7 && s.InRange(k); k++)
        {
            if (s.IsKeyword(k, Keyword.Change) && k > n)
            {
                return true;
            }

            bool amount = s.IsKeyword(k, Keyword.Or) || s.IsNumber(k) || s.IsSymbol(k, '/') || s.IsSymbol(k, '%') || (s.IsLatinWord(k) && Lexicon.IsUnit(s.TextOf(k)));
            if (!amount)
            {
                break;
            }
        }

        // "95% CI", "30% lower", "30% reduction", "93% or lower"
        return IntervalParser.IsLabel(s, n, out _) || t.Keyword is Keyword.ThresholdWord or Keyword.Change
            || (t.Keyword == Keyword.Or && s.IsKeyword(n + 1, Keyword.ThresholdWord))
            || (t.Keyword == Keyword.Of && NonGroupNouns.Contains(s, s.IsKeyword(n + 1, Keyword.Article) ? n + 2 : n + 1));
    }

    // "86.1%/50.8%": two percentages written as a pair.
    private static bool IsSlashPair(SentenceScan s, int n)
        => s.IsGlued(n + 1) && NumberParser.TryRead(s, n + 1, NumberReading.Plain, out var other) && other.Percent && other.Sign == '\0';

    // "0.5% (100 mg)", "1.49% (SD: 0.32)", "23 % (5–63)": the bracket holds an amount, a spread or an interval.
    private static bool IsValueBracket(SentenceScan s, int n)
    {
        if (SpreadParser.IsBracketedSpreadLabel(s, n, out _) || IntervalParser.StartsLabelled(s, n + 1))
        {
            return true;
        }

        if (!NumberParser.TryRead(s, n + 1, NumberReading.Plain, out var inner))
        {
            return false;
        }

        return s.ReadUnit(inner.Next) >= 0 || s.IsSymbol(inner.Next, '-') || s.IsKeyword(inner.Next, Keyword.To)
            || (s.IsSymbol(inner.Next, ',') && s.IsNumber(inner.Next + 1));
    }

    /// <summary>Rate nouns, change words, and means or percent-named measures ("%EWL") among the twenty words before the percentage.</summary>
    private static void ScanClause(SentenceScan s, int i, out bool rate, out bool change, out bool measure)
    {
        rate = change = measure = false;
        int words = 0;
        for (int j = i - 1; j >= 0 && words < WindowWords && !s.IsSymbol(j, ';'); j--)
        {
            if (s.KindOf(j) == TokenKind.Word)
            {
                words++;
                if (s.IsCjk(j))
                {
                    var cjk = s.TextOf(j);
                    measure |= cjk.Contains("中位", StringComparison.Ordinal) || cjk.Contains("平均", StringComparison.Ordinal);
                    rate |= cjk.Contains('率') || cjk.Contains("比例", StringComparison.Ordinal);
                    continue;
                }

                var keyword = s[j].Keyword;
                measure |= keyword is Keyword.Mean or Keyword.Median || (s.IsSymbol(j - 1, '%') && s.IsGlued(j));
                change |= keyword == Keyword.Change;
                rate |= RateNouns.Contains(s, j);
            }
        }
    }
}
