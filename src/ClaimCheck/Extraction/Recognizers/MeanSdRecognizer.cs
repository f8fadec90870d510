using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// A mean with its spread: <c>34.8 ± 14.6</c>, <c>322 ± 104 m</c>, <c>5.2 +/- 1.3</c>,
/// <c>5.2 (SD 1.3)</c>, and <c>5.2 (1.3)</c> where the sentence announced "mean (SD)".
/// What the spread is comes from the label or the sentence ("mean ± SEM").
/// </summary>
internal static class MeanSdRecognizer
{
    private const int ContextWindow = 40;

    internal static bool TryMatch(SentenceScan s, int i, out int next)
    {
        next = i;
        if (!NumberParser.TryRead(s, i, NumberReading.Plain, out var mean))
        {
            return false;
        }

        int unit1 = mean.Percent ? -1 : s.ReadUnit(mean.Next);
        int j = unit1 >= 0 ? unit1 + 1 : mean.Next;
        var kind = SpreadKind.Unspecified;
        int k;
        char close = '\0';
        if (IsPlusMinus(s, j, out k))
        {
            kind = SpreadKindAround(s, i);
        }
        else if (s.IsOpening(j) && TrySpreadLabel(s, j + 1, out kind, out k))
        {
            close = SentenceScan.Closing(s[j].Symbol);
        }
        else if (s.IsOpening(j) && s.IsNumber(j + 1) && AnnouncesMeanSd(s, i, out kind))
        {
            close = SentenceScan.Closing(s[j].Symbol);
            k = j + 1;
        }
        else
        {
            return false;
        }

        if (!NumberParser.TryRead(s, k, NumberReading.Plain, out var spread) || spread.Sign != '\0')
        {
            return false;
        }

        int last = spread.Percent ? spread.Next - 1 : spread.Last;
        int unit2 = spread.Percent ? -1 : s.ReadUnit(spread.Next);
        if (unit2 >= 0)
        {
            last = unit2;
        }

        if (close != '\0')
        {
            if (!s.IsSymbol(last + 1, close))
            {
                return false;
            }

            last++;
        }
        else if (kind == SpreadKind.Unspecified && TrySpreadLabelAfter(s, last + 1, out var labelKind, out int labelLast))
        {
            // "5.2 ± 1.3 (SD)", "5.2 ± 1.3 SEM"
            kind = labelKind;
            last = labelLast;
        }

        string? unit = unit2 >= 0 ? s.StringOf(spread.Next, unit2) : unit1 >= 0 ? s.StringOf(mean.Next, unit1) : spread.Percent || mean.Percent ? "%" : null;
        var (span, text) = s.ClaimText(i, last);
        s.Claims.Add(new MeanSdClaim(span, text, s.Sentence, s.MakeNumber(mean), s.MakeNumber(spread), kind, unit));
        next = last + 1;
        return true;
    }

    internal static bool IsPlusMinus(SentenceScan s, int j, out int next)
    {
        next = j + 1;
        if (s.IsSymbol(j, '±'))
        {
            return true;
        }

        // "+/-" and "+-"
        if (s.IsSymbol(j, '+') && s.IsSymbol(j + 1, '/') && s.IsSymbol(j + 2, '-') && s.IsGlued(j + 1) && s.IsGlued(j + 2))
        {
            next = j + 3;
            return true;
        }

        return false;
    }

    /// <summary>"(SD 1.3", "(SD: 1.3", "(SEM = 0.4" at <paramref name="j"/>; <paramref name="next"/> is the spread's token.</summary>
    internal static bool IsBracketedSpreadLabel(SentenceScan s, int j, out int next)
    {
        next = j;
        return s.IsOpening(j) && TrySpreadLabel(s, j + 1, out _, out next) && s.IsNumber(next);
    }

    private static bool TrySpreadLabel(SentenceScan s, int j, out SpreadKind kind, out int next)
    {
        kind = LabelKind(s, j, out next);
        if (kind == SpreadKind.Unspecified)
        {
            return false;
        }

        if (s.IsSymbol(next, '=') || s.IsSymbol(next, ':') || s.IsSymbol(next, ','))
        {
            next++;
        }

        return true;
    }

    private static bool TrySpreadLabelAfter(SentenceScan s, int j, out SpreadKind kind, out int last)
    {
        last = j;
        if (s.IsOpening(j))
        {
            kind = LabelKind(s, j + 1, out int after);
            if (kind != SpreadKind.Unspecified && s.IsSymbol(after, SentenceScan.Closing(s[j].Symbol)))
            {
                last = after;
                return true;
            }

            return false;
        }

        kind = LabelKind(s, j, out int next);
        last = next - 1;
        return kind != SpreadKind.Unspecified;
    }

    private static SpreadKind LabelKind(SentenceScan s, int j, out int next)
    {
        next = j + 1;
        if (s.IsKeyword(j, Keyword.Sd))
        {
            return SpreadKind.StandardDeviation;
        }

        if (s.IsKeyword(j, Keyword.Se))
        {
            return SpreadKind.StandardError;
        }

        if (s.IsKeyword(j, Keyword.Standard) && s.IsKeyword(j + 1, Keyword.Deviation))
        {
            next = j + 2;
            return SpreadKind.StandardDeviation;
        }

        if (s.IsKeyword(j, Keyword.Standard) && s.IsKeyword(j + 1, Keyword.Error))
        {
            next = s.IsKeyword(j + 2, Keyword.Of) && s.IsKeyword(j + 3, Keyword.Mean) ? j + 4 : j + 2;
            return SpreadKind.StandardError;
        }

        return SpreadKind.Unspecified;
    }

    /// <summary>The nearest "SD" or "SE" named earlier in the sentence ("mean ± SD", "(mean ± SEM)").</summary>
    private static SpreadKind SpreadKindAround(SentenceScan s, int i)
    {
        for (int j = i - 1; j >= 0 && j >= i - ContextWindow; j--)
        {
            var kind = LabelKind(s, j, out _);
            if (kind != SpreadKind.Unspecified)
            {
                return kind;
            }
        }

        return SpreadKind.Unspecified;
    }

    /// <summary>True when the sentence announced "mean (SD)" before token <paramref name="i"/>.</summary>
    private static bool AnnouncesMeanSd(SentenceScan s, int i, out SpreadKind kind)
    {
        kind = SpreadKind.Unspecified;
        for (int j = i - 1; j >= 1 && j >= i - ContextWindow; j--)
        {
            if (s.IsKeyword(j - 1, Keyword.Mean) && s.IsOpening(j))
            {
                kind = LabelKind(s, j + 1, out _);
                if (kind != SpreadKind.Unspecified)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
