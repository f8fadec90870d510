using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Grammar;

/// <summary>
/// Reads a confidence interval: an optional bracket, level and label ("95% CI:", "95% confidence
/// interval [CI]:", "CI 95%"), then two bounds separated by a dash of any kind, "to", a comma or a
/// semicolon ("0.65–4.34", "−29.14%, 2.13%", "0.5 to 2.7").
/// </summary>
internal static class IntervalParser
{
    /// <param name="s">The sentence.</param>
    /// <param name="i">The token after the estimate (and any separator before the interval).</param>
    /// <param name="requireLabel">When true a "CI" label is required; when false a bracketed pair ("[0.50‐1.13]") is enough.</param>
    /// <param name="ci">The interval read.</param>
    internal static bool TryRead(SentenceScan s, int i, bool requireLabel, out IntervalRef ci)
    {
        ci = default;
        ci.Level = -1;
        int j = i;
        if (s.IsOpening(j))
        {
            ci.OpenedBracket = s[j].Symbol;
            j++;
        }

        ci.First = i;
        ci.SpanFirst = j;
        int width = LevelWidth(s, j);
        if (width > 0 && IsLabel(s, j + width, out _))
        {
            ci.Level = j;
            j += width;
        }

        if (IsLabel(s, j, out int afterLabel))
        {
            ci.Labelled = true;
            j = afterLabel;
            if (ci.Level < 0 && IsLevel(s, j))
            {
                // "CI 95%: 0.5–2.7"
                ci.Level = j;
                j += 2;
            }

            if (ci.OpenedBracket != '\0' && s.IsSymbol(j, SentenceScan.Closing(ci.OpenedBracket)))
            {
                // "(95% CI) 1.7, 8.7": the label alone in brackets, the bounds after them.
                ci.OpenedBracket = '\0';
                j++;
            }

            j = SkipLabelSeparator(s, j);
        }
        else if (ci.Level >= 0)
        {
            return false;
        }

        if ((requireLabel && !ci.Labelled) || (!ci.Labelled && ci.OpenedBracket == '\0'))
        {
            return false;
        }

        char inner = '\0';
        if (ci.Labelled && s.IsOpening(j))
        {
            inner = s[j].Symbol;
            j++;
        }

        if (ci.Labelled && s.IsSymbol(j, '-') && s.IsGlued(j) && s.IsNumber(j + 1) && s.IsGlued(j + 1) && s[j + 1].Sign == '\0')
        {
            // "95% CI-0.9 to 15.9": the minus of the lower bound glued to the label.
            if (!NumberParser.TryRead(s, j + 1, NumberReading.Scientific, out ci.Lower))
            {
                return false;
            }

            ci.Lower.First = j;
            ci.Lower.Value = -ci.Lower.Value;
            ci.Lower.Sign = s.Text[s[j].Start];
        }
        else if (!NumberParser.TryRead(s, j, NumberReading.Scientific, out ci.Lower))
        {
            return false;
        }

        j = SkipUnit(s, ci.Lower.Next);
        if (!IsBoundSeparator(s, j) || !NumberParser.TryRead(s, j + 1, NumberReading.Scientific, out ci.Upper))
        {
            return false;
        }

        j = SkipUnit(s, ci.Upper.Next);
        if (inner != '\0')
        {
            if (!s.IsSymbol(j, SentenceScan.Closing(inner)))
            {
                return false;
            }

            j++;
        }

        if (ci.OpenedBracket != '\0')
        {
            if (s.IsSymbol(j, SentenceScan.Closing(ci.OpenedBracket)))
            {
                j++;
            }
            else
            {
                ci.BracketStillOpen = true;
            }
        }

        ci.Next = j;
        return true;
    }

    /// <summary>"95%" (a number from 50 to 99.99 with a percent sign) at <paramref name="j"/>.</summary>
    private static bool IsLevel(SentenceScan s, int j)
        => s.IsNumber(j) && s[j].Sign == '\0' && s[j].Value is >= 50 and < 100 && s.IsSymbol(j + 1, '%');

    /// <summary>
    /// The tokens a level at <paramref name="j"/> takes before its label: 2 for "95% CI", 1 for "95CI"
    /// (the number glued to the label, no percent sign), 0 when there is no level.
    /// </summary>
    private static int LevelWidth(SentenceScan s, int j)
    {
        if (IsLevel(s, j))
        {
            return 2;
        }

        return s.IsNumber(j) && s[j].Sign == '\0' && s[j].Value is >= 50 and < 100 && s.IsGlued(j + 1) && s.IsKeyword(j + 1, Keyword.Ci) ? 1 : 0;
    }

    internal static bool IsLabel(SentenceScan s, int j, out int next)
    {
        next = j;
        if (s.IsKeyword(j, Keyword.Ci))
        {
            next = SkipAbbreviation(s, j + 1);
            return true;
        }

        if ((s.IsKeyword(j, Keyword.Confidence) || s.IsKeyword(j, Keyword.Credible)) && s.IsKeyword(j + 1, Keyword.Interval))
        {
            next = SkipAbbreviation(s, j + 2);
            return true;
        }

        if (s.IsWord(j, "C") && s.IsSymbol(j + 1, '.') && s.IsGlued(j + 1) && s.IsWord(j + 2, "I") && s.IsGlued(j + 2))
        {
            // "C.I." and "C.I"
            next = s.IsSymbol(j + 3, '.') && s.IsGlued(j + 3) ? j + 4 : j + 3;
            return true;
        }

        return false;
    }

    /// <summary>
    /// True when the sentence announced the interval's form before token <paramref name="i"/>
    /// ("Mean [95% confidence interval (CI)] pain scores were 5.4 (4.2 to 6.6)", "median PFS (95% CI) was 10.9 (3.5–16.5)").
    /// </summary>
    /// <param name="s">The sentence.</param>
    /// <param name="i">The estimate's first token.</param>
    /// <param name="level">The announced level's token ("95" of "(95% CI)"), or -1.</param>
    internal static bool IsAnnounced(SentenceScan s, int i, out int level)
    {
        level = -1;
        for (int j = i - 2; j >= 0 && j >= i - 16; j--)
        {
            if (IsAnnouncement(s, j, out level, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"(95% CI)" or "[95% confidence interval (CI)]" at <paramref name="j"/>; <paramref name="close"/> is its closing bracket.</summary>
    internal static bool IsAnnouncement(SentenceScan s, int j, out int level, out int close)
    {
        level = -1;
        close = -1;
        if (!s.IsOpening(j))
        {
            return false;
        }

        int k = j + 1;
        int width = LevelWidth(s, k);
        if (width > 0)
        {
            level = k;
            k += width;
        }

        if (IsLabel(s, k, out int after) && s.IsSymbol(after, SentenceScan.Closing(s[j].Symbol)))
        {
            close = after;
            return true;
        }

        level = -1;
        return false;
    }

    /// <summary>True when an interval with a label ("95% CI", "CI", "confidence interval") starts at <paramref name="j"/>.</summary>
    internal static bool StartsLabelled(SentenceScan s, int j)
    {
        int width = LevelWidth(s, j);
        return IsLabel(s, j, out _) || (width > 0 && IsLabel(s, j + width, out _));
    }

    // "confidence interval [CI]", "confidence interval (CI)", "confidence interval, CI:", "confidence interval CI".
    private static int SkipAbbreviation(SentenceScan s, int j)
    {
        if (s.IsOpening(j) && s.IsKeyword(j + 1, Keyword.Ci) && s.IsSymbol(j + 2, SentenceScan.Closing(s[j].Symbol)))
        {
            return j + 3;
        }

        if (s.IsSymbol(j, ',') && s.IsKeyword(j + 1, Keyword.Ci))
        {
            return j + 2;
        }

        return s.IsKeyword(j, Keyword.Ci) ? j + 1 : j;
    }

    private static int SkipLabelSeparator(SentenceScan s, int j)
    {
        if (s.IsKeyword(j, Keyword.Range))
        {
            j++;
        }

        if (s.IsKeyword(j, Keyword.Copula) || s.IsKeyword(j, Keyword.Of) || s.IsKeyword(j, Keyword.From))
        {
            j++;
        }

        if (s.IsSymbol(j, ':') || s.IsSymbol(j, ',') || s.IsSymbol(j, '=') || s.IsSymbol(j, ';'))
        {
            j++;
        }

        return j;
    }

    private static int SkipUnit(SentenceScan s, int j)
    {
        int unit = s.ReadUnit(j);
        return unit >= 0 ? unit + 1 : j;
    }

    private static bool IsBoundSeparator(SentenceScan s, int j)
        => s.IsSymbol(j, '-') || s.IsSymbol(j, ',') || s.IsSymbol(j, ';') || s.IsSymbol(j, '~') || s.IsKeyword(j, Keyword.To) || s.IsKeyword(j, Keyword.And);
}
