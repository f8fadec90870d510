using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// Proportions: <c>23/49</c>, <c>23 of 49 (46.9%)</c>, <c>46.94% (23/49)</c>, <c>10/56 (17.9%)</c>,
/// <c>23 (46.9%)</c>, <c>46.9% (23)</c>, and percentages of a group alone (<c>17.9% of patients</c>).
/// Look-alikes give none: dates (<c>6/12/2020</c>), grades (<c>grade 3/4</c>), blood pressure
/// (<c>120/80 mmHg</c>), <c>24/7</c>, thresholds (<c>93% or lower</c>, <c>&gt; 50%</c>), changes
/// (<c>reduced by 30%</c>, <c>30% lower</c>), concentrations (<c>0.9% saline</c>), means of percentages.
/// </summary>
internal static class ProportionRecognizer
{
    private const int SubjectWords = 3;

    private static readonly WordSet GroupFollowerVerbs = new(
        "had", "have", "has", "experienced", "reported", "achieved", "developed", "showed", "received", "who", "at", "for", "during", "after",
        "versus", "required", "needed", "underwent", "did", "would", "responded", "completed");

    private static readonly WordSet ConcentrationWords = new("concentration", "concentrations", "solution", "strength", "w/v", "v/v", "gel", "cream", "ointment");

    private static readonly WordSet NonGroupNouns = new(
        "predicted", "normal", "baseline", "body", "maximum", "maximal", "max", "reference", "initial", "pre-treatment", "pretreatment", "total",
        "weight", "variance", "variation", "control", "value", "values", "dose", "energy", "calories", "kcal", "intake");

    internal static bool TryMatch(SentenceScan s, int i, out int next)
    {
        next = i;
        if (!NumberParser.TryRead(s, i, NumberReading.Plain, out var a) || a.Sign != '\0')
        {
            return false;
        }

        return a.Percent ? TryPercentFirst(s, i, a, out next) : TryCountFirst(s, i, a, out next);
    }

    private static bool TryPercentFirst(SentenceScan s, int i, in NumberRef percent, out int next)
    {
        next = i;
        int j = percent.Next;
        if (s.IsOpening(j))
        {
            char close = SentenceScan.Closing(s[j].Symbol);
            if (TryPair(s, j + 1, out var k, out var n, out int after))
            {
                // "84.5% (93/110 patients)"
                after = SkipSubjectWords(s, after, out _);
                if (s.IsSymbol(after, close))
                {
                    // "46.94% (23/49)"
                    next = Emit(s, i, after, k, n, percent);
                    return true;
                }

                if ((s.IsSymbol(after, ',') || s.IsSymbol(after, ';')) && IntervalParser.TryRead(s, after + 1, requireLabel: true, out var ci)
                    && ci.OpenedBracket == '\0' && s.IsSymbol(ci.Next, close))
                {
                    // "87.2% (567/650, 95% CI 84.4% to 89.6%)"
                    next = Emit(s, i, ci.Next, k, n, percent, ci);
                    return true;
                }
            }

            if (NumberParser.TryRead(s, j + 1, NumberReading.Plain, out var count) && count.IsPlainInteger && s.IsSymbol(count.Next, close))
            {
                // "46.9% (23)"
                next = Emit(s, i, count.Next, count, null, percent);
                return true;
            }
        }

        if (!IsProportionPercent(s, i, percent))
        {
            return false;
        }

        next = Emit(s, i, percent.Next - 1, null, null, percent);
        return true;
    }

    private static bool TryCountFirst(SentenceScan s, int i, in NumberRef k, out int next)
    {
        next = i;
        if (!k.IsPlainInteger)
        {
            return false;
        }

        if (TryPair(s, i, out var count, out var total, out int after))
        {
            bool isFraction = s.IsSymbol(count.Next, '/');
            if (isFraction ? !IsValidFraction(s, i, count, total) : IsExcludedByPrefix(s, i))
            {
                return false;
            }

            int j = SkipSubjectWords(s, after, out bool hasSubject);
            if (TryParenthesizedPercent(s, j, out var percent, out int close))
            {
                // "23/49 (46.9%)", "23 of 49 patients (46.9%)"
                next = Emit(s, i, close, count, total, percent);
                return true;
            }

            // A count above its total is a finding when the text makes it a proportion, and noise otherwise.
            if (count.Value > total.Value && !hasSubject)
            {
                return false;
            }

            next = Emit(s, i, hasSubject ? j - 1 : total.Last, count, total, null);
            return true;
        }

        if (IsExcludedByPrefix(s, i))
        {
            return false;
        }

        int m = SkipSubjectWords(s, k.Next, out _);
        if (TryParenthesizedPercent(s, m, out var share, out int end))
        {
            // "23 (46.9%)", "23 patients (46.9%)"
            next = Emit(s, i, end, k, null, share);
            return true;
        }

        return false;
    }

    /// <summary>"k/n" or "k of n" / "k out of n" at <paramref name="j"/>, both plain integers.</summary>
    private static bool TryPair(SentenceScan s, int j, out NumberRef count, out NumberRef total, out int after)
    {
        total = default;
        after = j;
        if (!NumberParser.TryRead(s, j, NumberReading.Plain, out count) || !count.IsPlainInteger)
        {
            return false;
        }

        int m = count.Next;
        if (s.IsSymbol(m, '/'))
        {
            m++;
        }
        else if (s.IsKeyword(m, Keyword.Of))
        {
            m++;
        }
        else if (s.IsWord(m, "out") && s.IsKeyword(m + 1, Keyword.Of))
        {
            m += 2;
        }
        else
        {
            return false;
        }

        if (!NumberParser.TryRead(s, m, NumberReading.Plain, out total) || !total.IsPlainInteger)
        {
            return false;
        }

        if (!s.IsSymbol(count.Next, '/') && count.Value > total.Value)
        {
            return false;
        }

        after = total.Next;
        return true;
    }

    private static bool IsValidFraction(SentenceScan s, int i, in NumberRef count, in NumberRef total)
    {
        int after = total.Next;
        if (s.IsSymbol(i - 1, '/') || (s.IsSymbol(after, '/') && s.IsNumber(after + 1)) || s.IsSymbol(after, ':'))
        {
            return false;
        }

        if (s.IsWord(after, "mmHg") || s.IsWord(after, "mm") || (count.Value == 24 && total.Value == 7))
        {
            return false;
        }

        if (IsExcludedByPrefix(s, i))
        {
            return false;
        }

        for (int j = i - 1; j >= 0 && j >= i - 6; j--)
        {
            if (s.IsWord(j, "acuity") || s.IsWord(j, "Snellen") || s.IsWord(j, "vision") || s.IsWord(j, "pressure") || s.IsWord(j, "BP"))
            {
                return false;
            }
        }

        return true;
    }

    // "grade 3/4", "week 4 of 12", "phase 1/2", "day 1/2".
    private static bool IsExcludedByPrefix(SentenceScan s, int i)
    {
        for (int j = i - 1; j >= 0 && j >= i - 2; j--)
        {
            if (s.IsKeyword(j, Keyword.Ordinal) || s.IsKeyword(j, Keyword.TimeUnit))
            {
                return true;
            }

            if (!s.IsLatinWord(j) && !s.IsSymbol(j, '-'))
            {
                break;
            }
        }

        return s.IsSymbol(i - 1, '<') || s.IsSymbol(i - 1, '>') || s.IsSymbol(i - 1, '≤') || s.IsSymbol(i - 1, '≥');
    }

    private static int SkipSubjectWords(SentenceScan s, int j, out bool hasSubject)
    {
        hasSubject = false;
        for (int k = j; k < j + SubjectWords && s.IsLatinWord(k); k++)
        {
            if (s.IsKeyword(k, Keyword.Subject))
            {
                hasSubject = true;
                return k + 1;
            }

            if (s.IsStopWord(k) || s.IsKeyword(k, Keyword.TimeUnit) || Lexicon.IsUnit(s.TextOf(k)))
            {
                break;
            }
        }

        return j;
    }

    private static bool TryParenthesizedPercent(SentenceScan s, int j, out NumberRef percent, out int close)
    {
        percent = default;
        close = -1;
        if (!s.IsOpening(j) || !NumberParser.TryRead(s, j + 1, NumberReading.Plain, out percent) || !percent.Percent || percent.Sign != '\0')
        {
            return false;
        }

        if (!s.IsSymbol(percent.Next, SentenceScan.Closing(s[j].Symbol)))
        {
            return false;
        }

        close = percent.Next;
        return true;
    }

    private static int Emit(SentenceScan s, int first, int last, NumberRef? count, NumberRef? total, NumberRef? percent, IntervalRef? interval = null)
    {
        string? label = s.LabelAfter(last + 1, out _);
        var (span, text) = s.ClaimText(first, last);
        s.Claims.Add(new ProportionClaim(
            span,
            text,
            s.Sentence,
            count is { } k ? s.MakeNumber(k) : null,
            total is { } n ? s.MakeNumber(n) : null,
            percent is { } p ? s.MakeNumber(p) : null,
            interval is { } ci ? s.MakeInterval(ci) : null,
            label,
            TotalFromContext: false));
        return last + 1;
    }

    /// <summary>Whether a lone percentage is a share of a group rather than a threshold, a change, a concentration or a mean.</summary>
    private static bool IsProportionPercent(SentenceScan s, int i, in NumberRef percent)
    {
        if (s.InRange(i - 1))
        {
            ref var prev = ref s[i - 1];
            if (prev.Kind == TokenKind.Symbol && prev.Symbol is '<' or '>' or '≤' or '≥' or '±' or '-' or '~' or '+' or '/' or '×')
            {
                return false;
            }

            if (prev.Kind == TokenKind.Word && prev.Keyword is Keyword.To or Keyword.By or Keyword.Than or Keyword.ThresholdWord or Keyword.From or Keyword.Change)
            {
                return false;
            }

            if (prev.Keyword == Keyword.Of && s.IsKeyword(i - 2, Keyword.Change))
            {
                return false;
            }

            // "(concentration 12.5%)", "a solution of 0.5%"
            if (IsConcentrationWord(s, i - 1) || (prev.Keyword == Keyword.Of && IsConcentrationWord(s, i - 2)))
            {
                return false;
            }
        }

        for (int j = i - 1; j >= 0 && j >= i - 8; j--)
        {
            if (s.IsKeyword(j, Keyword.Mean) || s.IsKeyword(j, Keyword.Median)
                || (s.IsCjk(j) && (s.TextOf(j).Contains("中位", StringComparison.Ordinal) || s.TextOf(j).Contains("平均", StringComparison.Ordinal))))
            {
                return false;
            }
        }

        int n = percent.Next;
        if (!s.InRange(n))
        {
            return true;
        }

        ref var t = ref s[n];
        if (t.Kind == TokenKind.Symbol)
        {
            if (t.Symbol == ')' && s.IsSymbol(i - 1, '(') && s.IsLatinWord(n + 1) && !IsGroupFollower(s, n + 1))
            {
                // "hypertonic (4.5%) saline": a concentration in brackets.
                return false;
            }

            if (t.Symbol is '(' && s.IsNumber(n + 1) && s.ReadUnit(NumberAfter(s, n + 1)) >= 0)
            {
                // "0.5% (100 mg) bupivacaine"
                return false;
            }

            if (MeanSdRecognizer.IsBracketedSpreadLabel(s, n, out _))
            {
                // "1.49% (SD: 0.32)": a mean of percentages.
                return false;
            }

            return t.Symbol is ',' or ';' or ')' or ']' or '.' or ':' or '(';
        }

        if (t.Kind == TokenKind.Number)
        {
            return false;
        }

        if ((t.Flags & TokenFlags.Cjk) != 0)
        {
            return true;
        }

        return t.Keyword switch
        {
            Keyword.Of => !IsNonGroupAfterOf(s, n + 1),
            Keyword.Or => !s.IsKeyword(n + 1, Keyword.ThresholdWord),
            _ => IsGroupFollower(s, n),
        };
    }

    private static int NumberAfter(SentenceScan s, int j) => NumberParser.TryRead(s, j, NumberReading.Plain, out var n) ? n.Next : j + 1;

    /// <summary>Words that may follow a share of a group: "45% of", "45% in", "45% were", "45% had".</summary>
    private static bool IsGroupFollower(SentenceScan s, int n)
        => s[n].Keyword is Keyword.Of or Keyword.In or Keyword.And or Keyword.Or or Keyword.Vs or Keyword.Copula or Keyword.Compared
            or Keyword.Respectively or Keyword.Subject or Keyword.With or Keyword.Group
        || GroupFollowerVerbs.Contains(s, n);

    private static bool IsConcentrationWord(SentenceScan s, int j)
        => ConcentrationWords.Contains(s, j);

    private static bool IsNonGroupAfterOf(SentenceScan s, int j)
    {
        if (s.IsKeyword(j, Keyword.Article))
        {
            j++;
        }

        return NonGroupNouns.Contains(s, j);
    }
}
