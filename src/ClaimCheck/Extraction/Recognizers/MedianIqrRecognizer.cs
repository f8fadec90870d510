using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// A median with its interquartile range or range, where the sentence says "median":
/// <c>median 5 (IQR 3–8)</c>, <c>12 days (range 7–30)</c>, <c>4.0 [2.0, 6.0]</c>.
/// </summary>
internal static class MedianIqrRecognizer
{
    private const int MedianWindow = 12;
    private const int KindWindow = 30;

    internal static bool TryMatch(SentenceScan s, int i, out int next)
    {
        next = i;
        if (!NumberParser.TryRead(s, i, NumberReading.Plain, out var median))
        {
            return false;
        }

        int unit = median.Percent ? -1 : s.ReadUnit(median.Next);
        int j = unit >= 0 ? unit + 1 : median.Next;
        if (!(s.IsOpening(j) || s.IsSymbol(j, ',') || s.IsSymbol(j, ';')) || s.FindBack(i, MedianWindow, Keyword.Median) < 0)
        {
            return false;
        }

        char close = '\0';
        if (s.IsOpening(j))
        {
            close = SentenceScan.Closing(s[j].Symbol);
            j++;
        }
        else if (s.IsSymbol(j, ',') || s.IsSymbol(j, ';'))
        {
            j++;
        }
        else
        {
            return false;
        }

        var kind = ReadLabel(s, ref j);
        if (close == '\0' && kind == RangeKind.Unspecified)
        {
            return false;
        }

        if (!NumberParser.TryRead(s, j, NumberReading.Plain, out var lower))
        {
            return false;
        }

        int sep = lower.Next;
        if (!(s.IsSymbol(sep, '-') || s.IsSymbol(sep, ',') || s.IsSymbol(sep, ';') || s.IsSymbol(sep, '~') || s.IsKeyword(sep, Keyword.To))
            || !NumberParser.TryRead(s, sep + 1, NumberReading.Plain, out var upper))
        {
            return false;
        }

        int last = upper.Percent ? upper.Next - 1 : upper.Last;
        int upperUnit = upper.Percent ? -1 : s.ReadUnit(upper.Next);
        if (upperUnit >= 0)
        {
            last = upperUnit;
        }

        if (close != '\0')
        {
            if (!s.IsSymbol(last + 1, close))
            {
                return false;
            }

            last++;
        }

        if (kind == RangeKind.Unspecified)
        {
            kind = KindAround(s, i);
            if (kind == RangeKind.Unspecified && AnnouncesInterval(s, i))
            {
                // "Median (95% confidence interval) ... 92 hours (84–114 hours)": an interval, not a spread.
                return false;
            }
        }

        var (span, text) = s.ClaimText(i, last);
        s.Claims.Add(new MedianIqrClaim(
            span, text, s.Sentence, s.MakeNumber(median), s.MakeNumber(lower), s.MakeNumber(upper), kind, unit >= 0 ? s.StringOf(median.Next, unit) : null));
        next = last + 1;
        return true;
    }

    private static RangeKind ReadLabel(SentenceScan s, ref int j)
    {
        var kind = RangeKind.Unspecified;
        if (s.IsKeyword(j, Keyword.Iqr))
        {
            kind = RangeKind.InterquartileRange;
            j++;
        }
        else if (s.IsKeyword(j, Keyword.Interquartile) && s.IsKeyword(j + 1, Keyword.Range))
        {
            kind = RangeKind.InterquartileRange;
            j += 2;
        }
        else if (s.IsKeyword(j, Keyword.Range))
        {
            kind = RangeKind.Range;
            j++;
        }

        if (kind != RangeKind.Unspecified && (s.IsSymbol(j, ':') || s.IsSymbol(j, '=') || s.IsSymbol(j, ',')))
        {
            j++;
        }

        return kind;
    }

    private static bool AnnouncesInterval(SentenceScan s, int i)
    {
        for (int j = i - 1; j >= 0 && j >= i - KindWindow; j--)
        {
            if (IntervalParser.IsLabel(s, j, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static RangeKind KindAround(SentenceScan s, int i)
    {
        for (int j = i - 1; j >= 0 && j >= i - KindWindow; j--)
        {
            if (s.IsKeyword(j, Keyword.Iqr) || s.IsKeyword(j, Keyword.Interquartile))
            {
                return RangeKind.InterquartileRange;
            }

            if (s.IsKeyword(j, Keyword.Range))
            {
                return RangeKind.Range;
            }
        }

        return RangeKind.Unspecified;
    }
}
