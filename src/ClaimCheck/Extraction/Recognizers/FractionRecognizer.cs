using System.Globalization;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;
using Humanizer;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// Shares of a group written as fractions in words: <c>half of the patients</c>, <c>two-thirds of the kids</c>,
/// <c>a quarter of participants</c>, <c>three quarters of those treated</c>. The share is a percent that is a round
/// figure (<see cref="NumberNotation.RoundFigure"/>): "half" stands for about 50%, never exactly 50.0%.
/// Look-alikes give none: a fraction of a time ("the second half of 2017", "half of the year"), of a number
/// ("half of 120"), a dose ("half dose", no "of"), "one and a half", and ordinals ("the third of three patients").
/// </summary>
internal static class FractionRecognizer
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>At a fraction word ("thirds", "half") or a compound ("two-thirds").</summary>
    internal static bool TryMatch(SentenceScan s, int i, out int next)
    {
        next = i;
        if (!TryShare(s, i, out int first, out double numerator, out int denominator) || numerator >= denominator)
        {
            return false;
        }

        int of = i + 1;
        if (!s.IsKeyword(of, Keyword.Of) || IsOfTimeOrNumber(s, of + 1) || s.IsKeyword(first - 1, Keyword.Ordinal) || IsOrdinalWord(s, first - 1)
            || s.IsKeyword(first - 1, Keyword.And))
        {
            return false;
        }

        var span = s.SpanOf(first, i);
        var percent = new ReportedNumber(s.StringOf(first, i), span, 100.0 * numerator / denominator, 0, 0, '\0', isPercent: true, isReconstructed: false, isInWords: true)
            .WithNotation(NotationReader.Read(s.Text, span.Start, span.End) | NumberNotation.RoundFigure);
        GroupComparisonRecognizer.TryMatchWords(s, first, i, percent);
        string? label = s.LabelAfter(of, out _);
        var (claimSpan, claimText) = s.ClaimText(first, of);
        s.Claims.Add(new ProportionClaim(claimSpan, claimText, s.Sentence, null, null, percent, null, label, totalFromContext: false));
        next = of + 1;
        return true;
    }

    // The fraction's first token, numerator and denominator: "two-thirds", "two thirds", "a third", "one half", "half".
    private static bool TryShare(SentenceScan s, int i, out int first, out double numerator, out int denominator)
    {
        first = i;
        numerator = 0;
        string word = s.TextOf(i).ToString();
        int hyphen = word.LastIndexOf('-');
        if (hyphen > 0)
        {
            denominator = Lexicon.FractionDenominator(word.AsSpan(hyphen + 1));
            if (denominator == 0 || !word[..hyphen].Replace('-', ' ').TryToNumber(out int compound, English))
            {
                return false;
            }

            numerator = compound;
            return true;
        }

        denominator = Lexicon.FractionDenominator(word);
        if (denominator == 0)
        {
            return false;
        }

        if (s.IsKeyword(i - 1, Keyword.NumberWord) && s.TextOf(i - 1).ToString().TryToNumber(out int words, English))
        {
            first = i - 1;
            numerator = words;
            return true;
        }

        if (s.IsWord(i - 1, "a") || s.IsWord(i - 1, "an"))
        {
            first = i - 1;
            numerator = 1;
            return true;
        }

        // "half of the patients" needs no article; "third of" or "quarter of" alone is an ordinal or a period.
        numerator = 1;
        return denominator == 2 && !word.EndsWith('s');
    }

    // "half of the year", "a quarter of a century", "half of 2017": not a share of people; "half of the 19 patients" is.
    private static bool IsOfTimeOrNumber(SentenceScan s, int j)
    {
        if (s.IsKeyword(j, Keyword.Article))
        {
            j++;
        }

        if (s.IsNumber(j) || s.IsKeyword(j, Keyword.NumberWord))
        {
            while (s.IsKeyword(j + 1, Keyword.NumberWord))
            {
                j++;
            }

            return !s.IsKeyword(j + 1, Keyword.Subject);
        }

        return s.IsKeyword(j, Keyword.TimeUnit);
    }

    // "the second half of", "the first quarter of": a period, not a share.
    private static bool IsOrdinalWord(SentenceScan s, int j) => s.IsWord(j) && ClaimCheck.Lexicons.Lexicon.PeriodPositions.Contains(s.StringOf(j, j));
}
