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
        if (SpreadParser.IsPlusMinus(s, j, out k))
        {
            kind = SpreadParser.SpreadKindAround(s, i);
        }
        else if (s.IsOpening(j) && SpreadParser.TrySpreadLabel(s, j + 1, out kind, out k))
        {
            close = SentenceScan.Closing(s[j].Symbol);
        }
        else if (s.IsOpening(j) && s.IsNumber(j + 1) && SpreadParser.AnnouncesMeanSd(s, i, out kind))
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
        else if (kind == SpreadKind.Unspecified && SpreadParser.TrySpreadLabelAfter(s, last + 1, out var labelKind, out int labelLast))
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
}
