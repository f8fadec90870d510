using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// Proportions: <c>23/49</c>, <c>23 of 49 (46.9%)</c>, <c>46.94% (23/49)</c>, <c>10/56 (17.9%)</c>,
/// <c>23 (46.9%)</c>, <c>46.9% (23)</c>, percentages of a group alone (<c>17.9% of patients</c>, <c>Sixty percent</c>),
/// and the first of "4.3 versus 0.9%", which shares the second's percent sign.
/// Look-alikes give none: dates (<c>6/12/2020</c>), grades (<c>grade 3/4</c>), blood pressure
/// (<c>120/80 mmHg</c>), <c>24/7</c>, thresholds (<c>93% or lower</c>, <c>&gt; 50%</c>), changes
/// (<c>reduced by 30%</c>, <c>30% lower</c>), concentrations (<c>0.9% saline</c>), means of percentages.
/// </summary>
internal static class ProportionRecognizer
{
    private const int SubjectWords = 3;

    // "2/100 person-years", "3/1000 population": a rate per so many, not a count out of a total.
    // Words that name an arm between a count and its people ("10 of 29 placebo patients"); other words there describe
    // the people ("female", "eligible") and name no arm.
    private static readonly WordSet ArmWords = new("placebo", "control", "controls", "sham", "intervention", "comparison");

    private static readonly WordSet PerPopulation = new("person", "persons", "person-years", "person-year", "patient-years", "patient-year", "PY", "PYs", "population", "inhabitants", "live");

    internal static bool TryMatch(SentenceScan s, int i, out int next)
    {
        next = i;
        if (!NumberParser.TryRead(s, i, NumberReading.Plain, out var a) || a.Sign != '\0')
        {
            return false;
        }

        if (!a.Percent && IsImplicitPercent(s, a))
        {
            // "4.3 versus 0.9%": the first value shares the percent sign of the second.
            next = Emit(s, i, a.Last, null, null, a);
            return true;
        }

        return a.Percent ? TryPercentFirst(s, i, a, out next) : TryCountFirst(s, i, a, out next);
    }

    private static bool IsImplicitPercent(SentenceScan s, in NumberRef a)
    {
        int j = a.Next;
        if (!s.IsKeyword(j, Keyword.Vs))
        {
            return false;
        }

        j = s.IsSymbol(j + 1, '.') && s.IsGlued(j + 1) ? j + 2 : j + 1;
        return NumberParser.TryRead(s, j, NumberReading.Plain, out var b) && b.Percent && b.Sign == '\0' && b.Decimals == a.Decimals
            && PercentContext.IsShareOfGroup(s, j, b);
    }

    private static bool TryPercentFirst(SentenceScan s, int i, in NumberRef percent, out int next)
    {
        next = i;
        int j = percent.Next;
        if (s.IsOpening(j))
        {
            char close = SentenceScan.Closing(s[j].Symbol);
            // "82.5% (n=47/57)"
            int inner = s.IsKeyword(j + 1, Keyword.N) && s.IsSymbol(j + 2, '=') ? j + 3 : j + 1;
            if (TryPair(s, inner, out var k, out var n, out int after))
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

        int pairAt = s.IsKeyword(j + 1, Keyword.N) && s.IsSymbol(j + 2, '=') ? j + 3 : j + 1;
        if (s.IsSymbol(j, ',') && TryPair(s, pairAt, out var listedCount, out var listedTotal, out int listedEnd) && (!s.InRange(listedEnd) || s.IsSymbol(listedEnd, ')') || s.IsSymbol(listedEnd, ';')))
        {
            // "(32%, 7 of 22)", "(71.6%, n=111/155)"
            next = Emit(s, i, listedEnd - 1, listedCount, listedTotal, percent);
            return true;
        }

        if (s.IsKeyword(j, Keyword.Of) && NumberParser.TryRead(s, j + 1, NumberReading.Plain, out var of) && of.IsPlainInteger && !of.Percent
            && !s.IsSymbol(i - 1, '<') && !s.IsSymbol(i - 1, '>'))
        {
            int people = SkipSubjectWords(s, of.Next, out bool named);
            if (named)
            {
                // "47.50% of 49 patients": the n of the percentage, whose count is not printed.
                next = Emit(s, i, people - 1, null, of, percent);
                return true;
            }
        }

        if (!PercentContext.IsShareOfGroup(s, i, percent))
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
            string? arm = hasSubject ? ArmBeforeSubject(s, after, j - 1) : null;
            if (TryParenthesizedPercent(s, j, out var percent, out int close))
            {
                // "23/49 (46.9%)", "23 of 49 patients (46.9%)"
                next = Emit(s, i, close, count, total, percent, label: arm);
                return true;
            }

            if (!hasSubject && OneWordThenPercent(s, j, out percent, out close))
            {
                // "6/59 quitters (10.2%)": one noun between the pair and its percentage.
                next = Emit(s, i, close, count, total, percent);
                return true;
            }

            if ((s.IsSymbol(j, ',') || s.IsSymbol(j, ';')) && NumberParser.TryRead(s, j + 1, NumberReading.Plain, out var listed) && listed.Percent && listed.Sign == '\0'
                && (!s.InRange(listed.Next) || s.IsSymbol(listed.Next, ')') || s.IsSymbol(listed.Next, ']') || s.IsSymbol(listed.Next, ';') || s.IsSymbol(listed.Next, '(')
                    || (s.IsSymbol(j, ';') && s.IsSymbol(listed.Next, ','))))
            {
                // "(84/480, 17.5%)", "14/43, 33% (C)", "CM– 7/24; 29%, P = .16"
                next = Emit(s, i, listed.Next - 1, count, total, listed);
                return true;
            }

            // A count above its total is a finding when the text makes it a proportion, and noise otherwise;
            // bare small fractions are shares of a thing ("1/2 NDB", "1 of 3 lunch test meals").
            if (!hasSubject && (count.Value > total.Value || total.Value <= 4 || (!isFraction && count.Value == 1)))
            {
                return false;
            }

            next = Emit(s, i, hasSubject ? j - 1 : total.Last, count, total, null, label: arm);
            return true;
        }

        if (IsExcludedByPrefix(s, i))
        {
            return false;
        }

        int m = SkipSubjectWords(s, k.Next, out bool named);
        if (TryParenthesizedPercent(s, m, out var share, out int end))
        {
            if (s.IsKeyword(end + 1, Keyword.Of) && NumberParser.TryRead(s, end + 2, NumberReading.Plain, out var of) && of.IsPlainInteger && of.Value >= k.Value
                && !of.Percent && !s.IsSymbol(of.Next, '/') && !s.IsKeyword(of.Next, Keyword.TimeUnit) && s.ReadUnit(of.Next) < 0)
            {
                // "38 (23%) of 163": the total follows the percentage.
                int last = SkipSubjectWords(s, of.Next, out bool people);
                next = Emit(s, i, people ? last - 1 : of.Last, k, of, share);
                return true;
            }

            // "23 (46.9%)", "23 patients (46.9%)"
            next = Emit(s, i, end, k, null, share);
            return true;
        }

        if (named && s.IsSymbol(m, ',') && s.IsOpening(i - 1) && NumberParser.TryRead(s, m + 1, NumberReading.Plain, out var listedShare)
            && listedShare.Percent && listedShare.Sign == '\0' && s.IsSymbol(listedShare.Next, SentenceScan.Closing(s[i - 1].Symbol)))
        {
            // "(111 female, 68.1%)"
            next = Emit(s, i, listedShare.Next - 1, k, null, listedShare);
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

        // "120/80 mmHg", "SFC (50/100 mcg)", "24/7", "50/250 or 50/500 mg", "0/100 person years"
        if (IsDoseOrPressure(s, after) || (count.Value == 24 && total.Value == 7) || PerPopulation.Contains(s, after))
        {
            return false;
        }

        if ((s.IsWord(after, "or") || s.IsWord(after, "and") || s.IsSymbol(after, ','))
            && NumberParser.TryRead(s, after + 1, NumberReading.Plain, out var other) && s.IsSymbol(other.Next, '/')
            && NumberParser.TryRead(s, other.Next + 1, NumberReading.Plain, out var otherTotal) && IsDoseOrPressure(s, otherTotal.Next))
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

    private static bool IsDoseOrPressure(SentenceScan s, int after) => s.IsWord(after, "mmHg") || s.ReadUnit(after) >= 0;

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

    /// <summary>One plain word, not a unit, a time or a function word, then "(p%)" at <paramref name="j"/>.</summary>
    private static bool OneWordThenPercent(SentenceScan s, int j, out NumberRef percent, out int close)
    {
        percent = default;
        close = -1;
        return s.IsLatinWord(j) && s[j].Keyword == Keyword.None && !s.IsStopWord(j) && !Lexicon.IsUnit(s.TextOf(j)) && !PerPopulation.Contains(s, j)
            && TryParenthesizedPercent(s, j + 1, out percent, out close);
    }

    internal static bool TryParenthesizedPercent(SentenceScan s, int j, out NumberRef percent, out int close)
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

    private static int Emit(SentenceScan s, int first, int last, NumberRef? count, NumberRef? total, NumberRef? percent, IntervalRef? interval = null, string? label = null)
        => EmitWithCount(s, first, last, count is { } k ? s.MakeNumber(k) : null, total, percent, interval, label);

    /// <summary>The group named right before a proportion ("placebo group 10/29", "placebo group: 10/29"), else null.</summary>
    private static string? GroupBefore(SentenceScan s, int first)
    {
        // Not after a comma: "compared with the placebo group, 10/29 …" names the other arm.
        int j = s.IsSymbol(first - 1, ':') ? first - 2 : first - 1;
        if (!s.IsKeyword(j, Keyword.Group) || !s.LabelBeforeRange(j + 1, out int from, out int to) || from >= to)
        {
            return null;
        }

        // "more often in the ddAC group than in the TAC group: 62 out of 327": the group named last is the second of
        // a comparison, and the numbers after it go in the order of the comparison.
        for (int t = from - 1; t >= from - 3 && t >= 0; t--)
        {
            if (s.IsKeyword(t, Keyword.Than) || s.IsKeyword(t, Keyword.Vs) || s.IsKeyword(t, Keyword.Compared))
            {
                return null;
            }
        }

        return s.StringOf(from, to);
    }

    /// <summary>The arm named between a count and its people ("10 of 29 placebo patients" gives "placebo"), else null.</summary>
    private static string? ArmBeforeSubject(SentenceScan s, int from, int subject)
        => subject > from && subject - from <= 2 && ArmWords.Contains(s, subject - 1) ? s.StringOf(from, subject - 1) : null;

    /// <summary>Adds a proportion whose count is already made (a number in words: "Ten subjects (66.67%)").</summary>
    internal static int EmitWithCount(SentenceScan s, int first, int last, ReportedNumber? count, NumberRef? total, NumberRef? percent, IntervalRef? interval = null, string? label = null)
    {
        label ??= s.LabelAfter(last + 1, out _) ?? GroupBefore(s, first);
        var (span, text) = s.ClaimText(first, last);
        s.Claims.Add(new ProportionClaim(
            span,
            text,
            s.Sentence,
            count,
            total is { } n ? s.MakeNumber(n) : null,
            percent is { } p ? s.MakeNumber(p) : null,
            interval is { } ci ? s.MakeInterval(ci) : null,
            label,
            totalFromContext: false));
        return last + 1;
    }
}
