using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Grammar;

/// <summary>
/// What may follow an estimate: a confidence interval and then a p-value, each after a comma,
/// semicolon or bracket ("1.68, 95% CI: 0.65–4.34", "0.75 [0.50‐1.13]; p= 0.17",
/// "-10.8% (95% CI: -20.7%, -1.5%, p = 0.030)").
/// </summary>
internal struct EstimateTail
{
    internal bool HasInterval;

    internal IntervalRef Interval;

    internal bool HasP;

    internal PValueRef P;

    /// <summary>Last token of the estimate's claim.</summary>
    internal int Last;

    /// <summary>Token after the claim.</summary>
    internal int Next;

    /// <param name="s">The sentence.</param>
    /// <param name="j">The token after the estimate (and its unit).</param>
    /// <param name="lastOfEstimate">The estimate's last token (the claim's end when nothing follows).</param>
    /// <param name="requireLabel">Whether the interval must carry a "CI" label.</param>
    internal static EstimateTail Read(SentenceScan s, int j, int lastOfEstimate, bool requireLabel)
    {
        var tail = new EstimateTail { Last = lastOfEstimate, Next = j };
        if (TryInterval(s, j, requireLabel, ref tail) && (tail.HasP || tail.Interval.BracketStillOpen))
        {
            return tail;
        }

        ReadTrailingP(s, ref tail);
        if (!tail.HasInterval && tail.HasP)
        {
            // "HR, 0.76; P = .002; 95% CI, 0.64-0.91": the interval after the p-value.
            var after = tail;
            if (TryInterval(s, tail.Next, requireLabel: true, ref after) && !after.Interval.BracketStillOpen)
            {
                tail = after;
            }
        }

        return tail;
    }

    private static bool TryInterval(SentenceScan s, int j, bool requireLabel, ref EstimateTail tail)
    {
        int k = j;
        if (s.IsSymbol(k, ',') || s.IsSymbol(k, ';') || s.IsSymbol(k, ':') || (s.IsSymbol(k, '.') && IntervalParser.StartsLabelled(s, k + 1)))
        {
            k++;
        }

        if (s.IsKeyword(k, Keyword.With) && IntervalParser.StartsLabelled(s, s.IsKeyword(k + 1, Keyword.Article) ? k + 2 : k + 1))
        {
            // "−1.7 with a 95% CI of −6.6 to 3.2"
            k = s.IsKeyword(k + 1, Keyword.Article) ? k + 2 : k + 1;
        }

        if (!IntervalParser.TryRead(s, k, requireLabel, out tail.Interval))
        {
            return false;
        }

        tail.HasInterval = true;
        ref var ci = ref tail.Interval;
        tail.Next = ci.Next;
        tail.Last = ci.Next - 1;
        if (ci.BracketStillOpen)
        {
            // "(95% CI: -20.7%, -1.5%, p = 0.030)": the p-value inside the interval's bracket.
            int m = s.IsSymbol(ci.Next, ',') || s.IsSymbol(ci.Next, ';') ? ci.Next + 1 : ci.Next;
            if (PValueParser.TryRead(s, m, out tail.P))
            {
                tail.HasP = true;
                tail.Last = tail.P.Last;
                tail.Next = tail.P.Next;
            }

            if (s.IsSymbol(tail.Next, SentenceScan.Closing(ci.OpenedBracket)))
            {
                tail.Last = tail.Next;
                tail.Next++;
                ci.BracketStillOpen = false;
            }
            else if (!tail.HasP)
            {
                // The interval's bracket holds more than the interval: keep the interval, leave the bracket open.
                tail.Last = ci.Upper.Last;
            }
        }

        return true;
    }

    /// <summary>
    /// Skips a time point between an estimate and its interval ("14.7% at 12 months (95% CI …)");
    /// returns <paramref name="j"/> when there is none or no labelled interval follows it.
    /// </summary>
    internal static int SkipTimePoint(SentenceScan s, int j)
    {
        bool preposition = s.IsWord(j, "at") || s.IsWord(j, "after") || s.IsKeyword(j, Keyword.By) || s.IsWord(j, "over") || s.IsWord(j, "within");
        if (!preposition || !s.IsNumber(j + 1) || !s.IsKeyword(j + 2, Keyword.TimeUnit))
        {
            return j;
        }

        int k = j + 3;
        bool labelledNext = (s.IsOpening(k) && IntervalParser.StartsLabelled(s, k + 1))
            || ((s.IsSymbol(k, ',') || s.IsSymbol(k, ';')) && IntervalParser.StartsLabelled(s, k + 1));
        return labelledNext ? k : j;
    }

    /// <summary>
    /// Skips the unit of a ratio or slope between an estimate and its interval ("OR 1.02 per kg/m2, 95% CI …",
    /// "1.45 ms per μg/ml (90% CI …)"); returns <paramref name="j"/> when there is none.
    /// </summary>
    internal static int SkipPerUnit(SentenceScan s, int j)
    {
        if (!s.IsKeyword(j, Keyword.Per))
        {
            return j;
        }

        for (int k = j + 1; k <= j + 5 && s.InRange(k); k++)
        {
            bool labelledNext = (s.IsOpening(k) || s.IsSymbol(k, ',') || s.IsSymbol(k, ';')) && IntervalParser.StartsLabelled(s, k + 1);
            if (labelledNext)
            {
                return k;
            }

            if (!(s.IsLatinWord(k) || s.IsSymbol(k, '/') || (s.IsNumber(k) && s.IsGlued(k))))
            {
                return j;
            }
        }

        return j;
    }

    /// <summary>A p-value after the claim so far: ", p = 0.01", "; P&lt;0.001", " (p = 0.02)".</summary>
    internal static void ReadTrailingP(SentenceScan s, ref EstimateTail tail)
    {
        int m = tail.Next;
        if (s.IsSymbol(m, ',') || s.IsSymbol(m, ';'))
        {
            m++;
        }

        // "two-sided P = 0.002", "log-rank p = 0.01", "stratified one-sided P = 0.04"
        if (s.IsWord(m, "stratified"))
        {
            m++;
        }

        if (s.IsWord(m, "two-sided") || s.IsWord(m, "one-sided") || s.IsWord(m, "two-tailed") || s.IsWord(m, "one-tailed") || s.IsWord(m, "log-rank"))
        {
            m++;
        }

        if (PValueParser.TryRead(s, m, out tail.P))
        {
            tail.HasP = true;
            tail.Last = tail.P.Last;
            tail.Next = tail.P.Next;
            return;
        }

        if (s.IsOpening(m) && PValueParser.TryRead(s, m + 1, out var inner) && s.IsSymbol(inner.Next, SentenceScan.Closing(s[m].Symbol)))
        {
            tail.P = inner;
            tail.HasP = true;
            tail.Last = inner.Next;
            tail.Next = inner.Next + 1;
        }
    }
}
