using System.Buffers;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Recognizers;
using ClaimCheck.Extraction.Scanning;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Reads one sentence after another and hands each token to the recognizers that can start there:
/// words to the keyword-led recognizers (p, OR, difference, n, significance wording), numbers to the
/// number-led ones. A recognizer that matches consumes its tokens, so a number is part of at most one
/// claim, except that a group comparison shares its values. A sentence with no digit and no word
/// that can start wording is skipped without being tokenized; in the others, words that cannot start
/// anything are passed over on a cheap filter and never looked up. Not thread-safe: one scanner per extraction.
/// </summary>
internal sealed class ClaimScanner
{
    // Words that can start wording or a count in words; a sentence with none of them and no digit is skipped untokenized.
    private static readonly SearchValues<string> WordTriggers = SearchValues.Create(
        ["signific", "similar", "compara", "equivalen", "identical", "differ", "= ns", "=ns", "= n.s", "=n.s", "trend", "tended", "tendenc", "margin", "borderline", "nearly", "almost", "approach", "benefi",
         "improv", "effective", "efficacious", "superior", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "twice", "thrice", "half", "doubl",
         "tripl", "quadrupl", "halv", .. ClaimCheck.Lexicons.Lexicon.FractionWords.Select(line => line[..line.IndexOf(' ')])],
        StringComparison.OrdinalIgnoreCase);

    private readonly SentenceScan _scan = new();

    internal void Scan(string text, TextSpan sentence, List<Claim> claims)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        if (span.IndexOfAnyInRange('0', '9') < 0 && span.IndexOfAny(WordTriggers) < 0)
        {
            return;
        }

        var s = _scan;
        s.Begin(text, sentence, claims);
        int wordingUntil = 0;
        for (int i = 0; i < s.Count; i++)
        {
            var kind = s.KindOf(i);
            if (kind == TokenKind.Word)
            {
                if (!s.MayTrigger(i))
                {
                    continue;
                }

                if (i >= s.ConsumedUntil && TryWord(s, i, out int next))
                {
                    s.ConsumedUntil = next;
                }

                if (i >= wordingUntil && SignificanceRecognizer.IsTrigger(s[i].Keyword) && SignificanceRecognizer.TryMatch(s, i, out int after))
                {
                    wordingUntil = after;
                }
            }
            else if (kind == TokenKind.Number && i >= s.ConsumedUntil)
            {
                GroupComparisonRecognizer.TryMatch(s, i);
                if (TryNumber(s, i, out int next))
                {
                    s.ConsumedUntil = next;
                }
            }
        }
    }

    private static bool TryWord(SentenceScan s, int i, out int next)
    {
        next = i;
        if (s.IsCjk(i))
        {
            return RatioEstimateRecognizer.TryMatch(s, i, out next) || DifferenceEstimateRecognizer.TryMatch(s, i, out next);
        }

        switch (s[i].Keyword)
        {
            case Keyword.P or Keyword.PValue or Keyword.PQualified:
                return PValueRecognizer.TryMatch(s, i, out next);
            case Keyword.StatT or Keyword.StatF or Keyword.StatR or Keyword.StatZ or Keyword.StatQ or Keyword.StatChi:
                return TestStatisticRecognizer.TryMatch(s, i, out next);
            case Keyword.N:
                return CountRecognizer.TryMatchN(s, i, out next);
            case Keyword.NumberWord:
                return RelativeChangeRecognizer.TryMatchWord(s, i, out next) || CountRecognizer.TryMatchWords(s, i, out next);
            case Keyword.Multiple:
                return RelativeChangeRecognizer.TryMatchWord(s, i, out next) || FractionRecognizer.TryMatch(s, i, out next);
            case Keyword.Fraction:
                return FractionRecognizer.TryMatch(s, i, out next);
            case Keyword.Adjusted:
                return RatioEstimateRecognizer.TryMatch(s, i, out next) || DifferenceEstimateRecognizer.TryMatch(s, i, out next);
            case Keyword.OddsRatioAbbreviation or Keyword.AdjustedOddsRatioAbbreviation or Keyword.RiskRatioAbbreviation
                or Keyword.AdjustedRiskRatioAbbreviation or Keyword.HazardRatioAbbreviation or Keyword.AdjustedHazardRatioAbbreviation
                or Keyword.RateRatioAbbreviation or Keyword.RiskDifferenceAbbreviation or Keyword.Odds or Keyword.Hazard or Keyword.Risk
                or Keyword.Relative or Keyword.Rate or Keyword.Incidence:
                return RatioEstimateRecognizer.TryMatch(s, i, out next);
            case Keyword.Difference or Keyword.Mean or Keyword.Median or Keyword.Standardized or Keyword.MeanDifferenceAbbreviation
                or Keyword.StandardizedDifferenceAbbreviation:
                return DifferenceEstimateRecognizer.TryMatch(s, i, out next);
            default:
                return false;
        }
    }

    private static bool TryNumber(SentenceScan s, int i, out int next)
        => TestStatisticRecognizer.TryMatchLostChi(s, i, out next)
        || RelativeChangeRecognizer.TryMatchListed(s, i, out next)
        || RiskQuantityRecognizer.TryMatch(s, i, out next)
        || NaturalFrequencyRecognizer.TryMatch(s, i, out next)
        || DoseRecognizer.TryMatch(s, i, out next)
        || IntervalEstimateRecognizer.TryMatch(s, i, out next)
        || RelativeChangeRecognizer.TryMatchNumber(s, i, out next)
        || ProportionRecognizer.TryMatch(s, i, out next)
        || MeanSdRecognizer.TryMatch(s, i, out next)
        || MedianIqrRecognizer.TryMatch(s, i, out next)
        || AllocationRatioRecognizer.TryMatch(s, i, out next)
        || CountRecognizer.TryMatchNumber(s, i, out next);
}
