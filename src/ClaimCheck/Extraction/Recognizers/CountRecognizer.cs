using System.Globalization;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;
using Humanizer;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// Counts of people and group sizes: <c>n = 65</c>, <c>(n=65)</c>, <c>65 patients</c>,
/// <c>100 severe COVID-19 patients</c>, <c>65 receiving MSC treatment</c>, numbers in words
/// (<c>One hundred patients</c>, <c>Seventeen patients</c>, read with Humanizer) and CJK counters
/// (<c>100 名</c>). A number needs a counted noun after it, so that "one of the" or "3 months" give none;
/// thresholds ("≥ 30", "more than 50", "aged 65") give none either.
/// </summary>
internal static class CountRecognizer
{
    private const int MaxModifiers = 3;

    // "14 million children" is a population figure, not a count read off the trial.
    private static readonly WordSet Multipliers = new("million", "millions", "billion", "billions", "thousand", "thousands", "lakh", "crore");

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>"n = 65" at the word "n".</summary>
    internal static bool TryMatchN(SentenceScan s, int i, out int next)
    {
        next = i;
        if (!(s.IsSymbol(i + 1, '=') || s.IsSymbol(i + 1, ':')) || !NumberParser.TryRead(s, i + 2, NumberReading.Plain, out var count)
            || !count.IsPlainInteger || s.IsSymbol(count.Next, '/') || s.IsSymbol(count.Next, '.') && s.IsNumber(count.Next + 1))
        {
            return false;
        }

        string? label = null;
        if (s.IsOpening(i - 1))
        {
            label = s.LabelBefore(i - 1);
        }
        else if (s.IsSymbol(i - 1, ',') && s.IsLatinWord(i - 2) && s.IsOpening(i - 3))
        {
            // "(placebo, n = 35)"
            label = s.StringOf(i - 2, i - 2);
        }

        var (span, text) = s.ClaimText(i, count.Last);
        s.Claims.Add(new CountClaim(span, text, s.Sentence, s.MakeNumber(count), null, label));
        next = count.Next;
        return true;
    }

    /// <summary>"65 patients", "65 receiving MSC treatment", "100 名" at a number.</summary>
    internal static bool TryMatchNumber(SentenceScan s, int i, out int next)
    {
        next = i;
        if (!NumberParser.TryRead(s, i, NumberReading.Plain, out var count) || !count.IsPlainInteger || IsThreshold(s, i))
        {
            return false;
        }

        if (s.IsCjk(count.Next) && s.TextOf(count.Next)[0] is '名' or '例' or '位')
        {
            var (cjkSpan, cjkText) = s.ClaimText(i, i);
            s.Claims.Add(new CountClaim(cjkSpan, cjkText, s.Sentence, s.MakeNumber(count), s.TextOf(count.Next)[..1].ToString(), null));
            next = count.Next;
            return true;
        }

        return TryNoun(s, i, count.Next, s.MakeNumber(count), out next);
    }

    /// <summary>A percent in words at <paramref name="i"/> ("six percent", "forty-one per cent"): the number and the index of "percent".</summary>
    internal static bool TryPercentInWords(SentenceScan s, int i, out ReportedNumber percent, out int last)
    {
        percent = default!;
        int j = i;
        while (s.IsKeyword(j, Keyword.NumberWord) || (j > i && s.IsKeyword(j, Keyword.And) && s.IsKeyword(j + 1, Keyword.NumberWord)))
        {
            j++;
        }

        last = j;
        string words = j > i ? s.StringOf(i, j - 1) : string.Empty;
        if (j == i || !s.IsKeyword(j, Keyword.Percent) || IsThreshold(s, i) || !words.Replace('-', ' ').TryToNumber(out int value, English))
        {
            return false;
        }

        percent = new ReportedNumber(words, s.SpanOf(i, j - 1), value, 0, 0, '\0', isPercent: true, isReconstructed: false, isInWords: true);
        return true;
    }

    /// <summary>"One hundred patients", "Seventeen patients", "Twenty-eight patients", "Five (4%) patients" at a number word.</summary>
    internal static bool TryMatchWords(SentenceScan s, int i, out int next)
    {
        next = i;
        int j = i;
        while (s.IsKeyword(j, Keyword.NumberWord) || (j > i && s.IsKeyword(j, Keyword.And) && s.IsKeyword(j + 1, Keyword.NumberWord)))
        {
            j++;
        }

        int last = j - 1;
        string words = s.StringOf(i, last);
        // A lone "one" is rarely a count ("one of the", "one group"): only "one patient" is.
        bool loneOne = i == last && s.TextOf(i).Equals("one", StringComparison.OrdinalIgnoreCase);
        bool ofOrIn = s.IsKeyword(j, Keyword.Of) || s.IsWord(j, "in");
        if ((loneOne && !s.IsKeyword(j, Keyword.Subject) && !ofOrIn) || IsThreshold(s, i)
            || !words.Replace('-', ' ').TryToNumber(out int value, English))
        {
            return false;
        }

        var span = s.SpanOf(i, last);
        var number = new ReportedNumber(words, span, value, 0, 0, '\0', isPercent: false, isReconstructed: false, isInWords: true);
        if (ofOrIn && TryWordsOfWords(s, i, j, number, out next))
        {
            return true;
        }

        if (loneOne && !s.IsKeyword(j, Keyword.Subject))
        {
            return false;
        }
        if (s.IsKeyword(j, Keyword.Percent) && !IsThreshold(s, i))
        {
            // "Sixty percent erroneously identified ..."
            var percent = new ReportedNumber(words, span, value, 0, 0, '\0', isPercent: true, isReconstructed: false, isInWords: true);
            GroupComparisonRecognizer.TryMatchWords(s, i, j, percent);
            var (shareSpan, shareText) = s.ClaimText(i, j);
            s.Claims.Add(new ProportionClaim(shareSpan, shareText, s.Sentence, null, null, percent, null, null, totalFromContext: false));
            next = j + 1;
            return true;
        }

        if (!loneOne && ProportionRecognizer.TryParenthesizedPercent(s, j, out var share, out int close))
        {
            // "Five (4%) patients reported ..."
            next = ProportionRecognizer.EmitWithCount(s, i, close, number, null, share);
            return true;
        }

        return TryNoun(s, i, j, number, out next, wordsOnly: true);
    }

    /// <summary>
    /// k of n in words: "twenty-three of forty-nine patients", "Twenty-three of 49 patients", "one in five adults".
    /// "of" takes a total in words or digits; "in" only one in words (a rate "5 in 100,000" is no share of a group).
    /// </summary>
    private static bool TryWordsOfWords(SentenceScan s, int i, int j, ReportedNumber count, out int next)
    {
        next = i;
        bool of = s.IsKeyword(j, Keyword.Of);
        if (!of && !s.IsWord(j, "in"))
        {
            return false;
        }

        int t = j + 1;
        int tLast = t - 1;
        while (s.IsKeyword(tLast + 1, Keyword.NumberWord) || (tLast >= t && s.IsKeyword(tLast + 1, Keyword.And) && s.IsKeyword(tLast + 2, Keyword.NumberWord)))
        {
            tLast++;
        }

        ReportedNumber total;
        if (tLast >= t && s.StringOf(t, tLast).Replace('-', ' ').TryToNumber(out int n, English))
        {
            total = new ReportedNumber(s.StringOf(t, tLast), s.SpanOf(t, tLast), n, 0, 0, '\0', isPercent: false, isReconstructed: false, isInWords: true);
        }
        else if (of && NumberParser.TryRead(s, t, NumberReading.Plain, out var digits) && digits.IsPlainInteger)
        {
            tLast = digits.Last;
            total = s.MakeNumber(digits);
        }
        else
        {
            return false;
        }

        if (total.Value < count.Value || total.Value == 0 || (!of && count.Value >= total.Value))
        {
            return false;
        }

        string? label = s.LabelAfter(tLast + 1, out _);
        var (span, text) = s.ClaimText(i, tLast);
        s.Claims.Add(new ProportionClaim(span, text, s.Sentence, count, total, null, null, label, totalFromContext: false));
        next = tLast + 1;
        return true;
    }

    private static bool TryNoun(SentenceScan s, int i, int j, ReportedNumber number, out int next, bool wordsOnly = false)
    {
        next = i;
        if (Multipliers.Contains(s, j))
        {
            return false;
        }

        if (!wordsOnly && s.IsKeyword(j, Keyword.Assigned) && IsReceiving(s, j))
        {
            return TryReceiving(s, i, j, number, out next);
        }

        int modifiers = 0;
        for (int k = j; s.IsLatinWord(k) && modifiers <= MaxModifiers; k++)
        {
            if (s.IsKeyword(k, Keyword.Subject))
            {
                // "357 adult oncology patients": the counted noun is the last of the run.
                for (int m = k + 1; m <= k + 2 && s.IsLatinWord(m) && !s.IsStopWord(m); m++)
                {
                    if (s.IsKeyword(m, Keyword.Subject))
                    {
                        k = m;
                    }
                }

                // "141 children and adults": both nouns are counted together.
                int nounFirst = k;
                if (s.IsKeyword(k + 1, Keyword.And) && s.IsKeyword(k + 2, Keyword.Subject))
                {
                    k += 2;
                }

                if (number.IsInWords && ProportionRecognizer.TryParenthesizedPercent(s, k + 1, out var share, out int close))
                {
                    // "Ten subjects (66.67%)": a share, its count in words.
                    next = ProportionRecognizer.EmitWithCount(s, i, close, number, null, share);
                    return true;
                }

                string? label = s.LabelAfter(k + 1, out _);
                var (span, text) = s.ClaimText(i, k);
                s.Claims.Add(new CountClaim(span, text, s.Sentence, number, s.StringOf(nounFirst, k), label));
                next = k + 1;
                return true;
            }

            if (s.IsKeyword(k, Keyword.And) && modifiers > 0)
            {
                continue;
            }

            if (s.IsStopWord(k) || s.IsKeyword(k, Keyword.TimeUnit) || s.IsKeyword(k, Keyword.Group) || s.IsKeyword(k, Keyword.NumberWord)
                || Lexicon.IsUnit(s.TextOf(k)) || s[k].Keyword is Keyword.ThresholdWord or Keyword.Change or Keyword.Ordinal)
            {
                return false;
            }

            modifiers++;
        }

        return false;
    }

    private static bool IsReceiving(SentenceScan s, int j)
        => s.IsWord(j, "receiving") || ((s.IsWord(j, "assigned") || s.IsWord(j, "allocated") || s.IsWord(j, "randomized") || s.IsWord(j, "randomised"))
            && s.IsKeyword(j + 1, Keyword.To));

    // "65 receiving MSC treatment", "35 assigned to placebo"
    private static bool TryReceiving(SentenceScan s, int i, int j, ReportedNumber number, out int next)
    {
        next = i;
        int k = s.IsKeyword(j + 1, Keyword.To) ? j + 2 : j + 1;
        if (s.IsKeyword(k, Keyword.Article))
        {
            k++;
        }

        int first = k;
        int last = -1;
        for (; k < first + 4 && s.IsLatinWord(k) && !s.IsStopWord(k); k++)
        {
            last = k;
        }

        if (last < 0)
        {
            return false;
        }

        var (span, text) = s.ClaimText(i, last);
        s.Claims.Add(new CountClaim(span, text, s.Sentence, number, null, s.StringOf(first, last)));
        next = last + 1;
        return true;
    }

    // "≥ 30", "more than 50", "aged 65", "over 18": criteria, not counts.
    private static bool IsThreshold(SentenceScan s, int i)
    {
        if (!s.InRange(i - 1))
        {
            return false;
        }

        ref var prev = ref s[i - 1];
        if (prev.Kind == TokenKind.Symbol)
        {
            return prev.Symbol is '<' or '>' or '≤' or '≥' or '-' or '~' or '/' or '±' or '×';
        }

        // "two of three patients" is a share, not a count; "a total of 100 subjects" is a count.
        return prev.Keyword is Keyword.Than or Keyword.ThresholdWord or Keyword.To or Keyword.Ordinal or Keyword.TimeUnit
            || s.IsWord(i - 1, "each") || s.IsWord(i - 1, "every")
            || (prev.Keyword == Keyword.Of && (s.IsNumber(i - 2) || s.IsKeyword(i - 2, Keyword.NumberWord)))
            || s.IsWord(i - 1, "aged") || s.IsWord(i - 1, "age") || s.IsWord(i - 1, "ages");
    }
}
