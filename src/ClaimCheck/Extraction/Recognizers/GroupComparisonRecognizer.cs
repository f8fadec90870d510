using System.Collections.Immutable;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// Values of groups set against each other: <c>61.6% vs. 67.6%</c>, <c>39.1 ± 4.5 vs. 27.7 ± 6.2%, P = 0.05</c>,
/// <c>(67.0) compared to the placebo group (50.0)</c>, <c>(67.0) than in the placebo group (50.0)</c>, <c>61.6%比 67.6%</c>,
/// <c>30 percent …, compared to just six percent</c> (a later value in words). Does not consume its
/// values (they may be claims of their own); it takes the p-value printed right after it.
/// </summary>
internal static class GroupComparisonRecognizer
{
    private const int MaxLabelWords = 6;
    private const int MaxValues = 6;
    private const int MaxLookahead = 20;
    private const int MaxGap = 14;
    private const int MaxGapLabelWords = 5;

    // Connectors that set two bare values against each other across a clause ("40% responded, while 20% did").
    private static readonly WordSet Contrasts = new("while", "whereas");

    // Words allowed between a connector and its value ("compared with just 26 percent").
    private static readonly WordSet Fillers = new("only", "just", "about", "nearly", "around", "approximately", "roughly", "almost", "some");

    private struct Value
    {
        internal NumberRef Number;
        internal bool HasSpread;
        internal NumberRef Spread;
        internal int Last;
        internal int Next;
        internal int LabelFirst;
        internal int LabelLast;
        // A value in words ("six percent"): where its words start, read again when the claim is made.
        internal bool InWords;
        internal int WordsAt;
    }

    internal static void TryMatch(SentenceScan s, int i)
    {
        // "7.1% versus 2.9% versus 0.0%" is one comparison, not also "2.9% versus 0.0%".
        if (i < s.ComparedUntil || !HasConnectorAhead(s, i))
        {
            return;
        }

        // "(67.0) compared to the placebo group (50.0)": each value in its own brackets.
        bool parenthesized = s.IsSymbol(i - 1, '(') && TryValue(s, i, true, out _);
        if (!TryValue(s, i, parenthesized, out var first))
        {
            return;
        }

        first.LabelFirst = -1;
        if (parenthesized)
        {
            if (!s.LabelBeforeRange(i - 1, out first.LabelFirst, out first.LabelLast))
            {
                first.LabelFirst = -1;
            }
        }

        // Only a bare count or percent reaches across words: "50 μg OD compared with 141 mL" names a dose, not an arm.
        bool bare = !first.HasSpread && first.Last == (first.Number.Percent ? first.Number.Next - 1 : first.Number.Last);
        Continue(s, parenthesized ? i - 1 : i, first, parenthesized, bare, first.Number.Percent, null);
    }

    /// <summary>
    /// A comparison led by a share in words, "Fifty-five percent of adults on the drug responded, compared to 34 percent …",
    /// "About half … compared with 29 percent": the words [<paramref name="first"/>, <paramref name="last"/>] are the first
    /// value, <paramref name="number"/>; the other values are read as after a printed one.
    /// </summary>
    internal static void TryMatchWords(SentenceScan s, int first, int last, ReportedNumber number)
    {
        if (last < s.ComparedUntil || !HasConnectorAhead(s, last))
        {
            return;
        }

        var value = new Value { Last = last, Next = last + 1, LabelFirst = -1 };
        Continue(s, first, value, parenthesized: false, bare: true, number.IsPercent, number);
    }

    private static void Continue(SentenceScan s, int start, Value first, bool parenthesized, bool bare, bool percent, ReportedNumber? firstInWords)
    {
        if (!parenthesized && s.LabelAfterRange(first.Next, out first.LabelFirst, out first.LabelLast))
        {
            first.Next = first.LabelLast + 1;
        }

        Span<Value> values = stackalloc Value[MaxValues];
        int connectorFirst = -1, connectorLast = -1;
        int j = first.Next;
        // "versus" after words joins percentages only ("1.0% with the drug versus 2.0% with placebo", not "2 hr−1 vs. 15.76").
        if (!parenthesized && bare && !TryConnector(s, j, false, out _, out _) && TryGap(s, j, out int connectorAt)
            && (percent || !s.IsKeyword(connectorAt, Keyword.Vs)))
        {
            // "36 HIV infections in the Truvada group, compared to 64 …": the connector after the first value's words.
            if (first.LabelFirst < 0 && !GapLabel(s, j, connectorAt, out first.LabelFirst, out first.LabelLast))
            {
                first.LabelFirst = -1;
            }

            j = connectorAt;
        }

        values[0] = first;
        int count = 1;
        while (count < MaxValues && TryConnector(s, j, parenthesized, out int cFirst, out int cLast))
        {
            if (!TrySecond(s, cLast + 1, parenthesized, out values[count]))
            {
                break;
            }

            if (connectorFirst < 0)
            {
                connectorFirst = cFirst;
                connectorLast = cLast;
            }

            j = values[count].Next;
            count++;
        }

        if (count < 2)
        {
            return;
        }

        s.ComparedUntil = values[count - 1].Next;

        var tail = EstimateTail.Read(s, values[count - 1].Next, values[count - 1].Last, requireLabel: true);
        if (tail.HasP || tail.HasInterval)
        {
            s.AbsorbedFrom = values[count - 1].Next;
            s.AbsorbedTo = tail.Next;
        }

        var builder = ImmutableArray.CreateBuilder<ComparedValue>(count);
        for (int v = 0; v < count; v++)
        {
            string? label = values[v].LabelFirst >= 0 ? s.StringOf(values[v].LabelFirst, values[v].LabelLast) : null;
            var number = v == 0 && firstInWords is { } words ? words
                : values[v].InWords && CountRecognizer.TryPercentInWords(s, values[v].WordsAt, out var later, out _) ? later
                : s.MakeNumber(values[v].Number);
            builder.Add(new ComparedValue(number, values[v].HasSpread ? s.MakeNumber(values[v].Spread) : null, label));
        }

        var (span, text) = s.ClaimText(start, tail.Last);
        s.Claims.Add(new GroupComparisonClaim(
            span,
            text,
            s.Sentence,
            builder.MoveToImmutable(),
            s.StringOf(connectorFirst, connectorLast),
            tail.HasInterval ? s.MakeInterval(tail.Interval) : null,
            tail.HasP ? s.MakePValue(tail.P) : null));
    }

    private static bool TryValue(SentenceScan s, int i, bool parenthesized, out Value value)
    {
        value = default;
        value.LabelFirst = -1;
        if (!NumberParser.TryRead(s, i, NumberReading.Scientific, out value.Number))
        {
            return false;
        }

        int last = value.Number.Percent ? value.Number.Next - 1 : value.Number.Last;
        int unit = value.Number.Percent ? -1 : s.ReadUnit(value.Number.Next);
        if (unit >= 0)
        {
            last = unit;
        }

        bool bracketed = false;
        if ((SpreadParser.IsPlusMinus(s, last + 1, out int k) || (bracketed = SpreadParser.IsBracketedSpreadLabel(s, last + 1, out k)))
            && NumberParser.TryRead(s, k, NumberReading.Plain, out value.Spread))
        {
            value.HasSpread = true;
            last = value.Spread.Percent ? value.Spread.Next - 1 : value.Spread.Last;
            int spreadUnit = value.Spread.Percent ? -1 : s.ReadUnit(value.Spread.Next);
            if (spreadUnit >= 0)
            {
                last = spreadUnit;
            }

            if (bracketed)
            {
                // "1.49% (SD: 0.32)": the bracket opened before the label closes after the spread.
                if (!s.IsSymbol(last + 1, ')') && !s.IsSymbol(last + 1, ']'))
                {
                    return false;
                }

                last++;
            }
        }

        if (parenthesized)
        {
            if (!s.IsSymbol(last + 1, ')'))
            {
                return false;
            }

            last++;
        }

        value.Last = last;
        value.Next = last + 1;
        return true;
    }

    private static bool TrySecond(SentenceScan s, int j, bool parenthesized, out Value value)
    {
        value = default;
        if (!parenthesized)
        {
            // "compared with just 26 percent", "while only 20%"
            for (int f = 0; f < 2 && Fillers.Contains(s, j); f++)
            {
                j++;
            }

            if (CountRecognizer.TryPercentInWords(s, j, out _, out int percentAt))
            {
                // "compared to just six percent of the comparisons"
                value = new Value { InWords = true, WordsAt = j, Last = percentAt, Next = percentAt + 1, LabelFirst = -1 };
            }
            else if (!TryValue(s, j, false, out value))
            {
                return false;
            }

            if (s.LabelAfterRange(value.Next, out value.LabelFirst, out value.LabelLast))
            {
                value.Next = value.LabelLast + 1;
            }
            else if (GapLabel(s, value.Next, Math.Min(s.Count, value.Next + MaxGap), out value.LabelFirst, out value.LabelLast))
            {
                // "26 percent of those on placebo", "20% did in the placebo group"
                value.Next = value.LabelLast + 1;
            }
            else
            {
                value.LabelFirst = -1;
            }

            return true;
        }

        // "compared to the placebo group (50.0)"
        int k = j;
        if (s.IsKeyword(k, Keyword.Article))
        {
            k++;
        }

        int labelFirst = k;
        while (k < labelFirst + MaxLabelWords && s.IsLatinWord(k) && !s.IsStopWord(k))
        {
            k++;
        }

        if (!s.IsSymbol(k, '(') || !TryValue(s, k + 1, true, out value))
        {
            return false;
        }

        if (k > labelFirst)
        {
            value.LabelFirst = labelFirst;
            value.LabelLast = k - 1;
        }

        return true;
    }

    /// <summary>
    /// Words (and at most one comma, right before it) between a bare first value and a distant connector:
    /// "36 HIV infections in the Truvada group, compared to …"; false across a number or other punctuation.
    /// </summary>
    private static bool TryGap(SentenceScan s, int j, out int connector)
    {
        connector = -1;
        for (int k = j; k < j + MaxGap && s.InRange(k); k++)
        {
            if (TryConnector(s, k, false, out _, out _) && k > j)
            {
                connector = k;
                return true;
            }

            if (s.IsSymbol(k, ',') && TryConnector(s, k + 1, false, out _, out _))
            {
                connector = k + 1;
                return true;
            }

            if (!s.IsLatinWord(k) || s.IsKeyword(k, Keyword.Than))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The group a value's following words name: "in the Truvada group" (a group noun after "in"), else the people
    /// after "of" up to a verb ("of those on the drug improved" gives "those on the drug").
    /// </summary>
    private static bool GapLabel(SentenceScan s, int from, int to, out int first, out int last)
    {
        for (int k = from; k < to && s.IsLatinWord(k); k++)
        {
            if (s.IsKeyword(k, Keyword.In) && s.LabelAfterRange(k, out first, out last))
            {
                return true;
            }
        }

        first = last = -1;
        if (!s.IsKeyword(from, Keyword.Of))
        {
            return false;
        }

        int start = from + 1;
        if (s.IsKeyword(start, Keyword.Article) && !s.IsWord(start, "those") && s.IsLatinWord(start + 1))
        {
            start++;
        }

        int end = start;
        while (end < to && end < start + MaxGapLabelWords && s.IsLatinWord(end) && !IsVerbLike(s, end) && !Contrasts.Contains(s, end) && !s.IsKeyword(end, Keyword.Compared))
        {
            end++;
        }

        if (end == start)
        {
            return false;
        }

        first = start;
        last = end - 1;
        return true;
    }

    private static bool IsVerbLike(SentenceScan s, int k)
        => s.IsKeyword(k, Keyword.Copula) || s.IsWord(k, "had") || s.IsWord(k, "did") || s.IsWord(k, "who")
        || (s.TextOf(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && s.TextOf(k).Length > 4 && !s.IsKeyword(k, Keyword.Assigned));

    // Most numbers are compared with nothing: a glance at the next words, without looking any up, settles it.
    private static bool HasConnectorAhead(SentenceScan s, int i)
    {
        for (int k = i + 1; k < s.Count && k <= i + MaxLookahead; k++)
        {
            if (s.KindOf(k) == TokenKind.Symbol && s.IsSymbol(k, ';'))
            {
                return false;
            }

            if (s.KindOf(k) == TokenKind.Word)
            {
                var word = s.TextOf(k);
                bool connector = word.Length switch
                {
                    1 => word[0] is '比' or '对',
                    2 => (word[0] | 0x20) == 'v' && (word[1] | 0x20) == 's',
                    4 => (word[0] | 0x20) == 't' && word.Equals("than", StringComparison.OrdinalIgnoreCase),
                    5 => (word[0] | 0x20) == 'w' && word.Equals("while", StringComparison.OrdinalIgnoreCase),
                    7 => (word[0] | 0x20) == 'w' && word.Equals("whereas", StringComparison.OrdinalIgnoreCase),
                    6 => (word[0] | 0x20) == 'v' && word.Equals("versus", StringComparison.OrdinalIgnoreCase),
                    8 => (word[0] | 0x20) == 'c' && word.Equals("compared", StringComparison.OrdinalIgnoreCase),
                    _ => false,
                };
                if (connector)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool TryConnector(SentenceScan s, int j, bool parenthesized, out int first, out int last)
    {
        first = j;
        last = j;
        if (parenthesized && s.IsKeyword(j, Keyword.Than))
        {
            // "higher in the drug group (67.0) than in the placebo group (50.0)"; a bare "than" ("more than 50") compares nothing.
            if (s.IsKeyword(j + 1, Keyword.In) || s.IsKeyword(j + 1, Keyword.With) || s.IsWord(j + 1, "for") || s.IsWord(j + 1, "among"))
            {
                last = j + 1;
            }

            return true;
        }

        if (s.IsKeyword(j, Keyword.Vs))
        {
            if (s.IsSymbol(j + 1, '.') && s.IsGlued(j + 1))
            {
                last = j + 1;
            }

            return true;
        }

        if (s.IsKeyword(j, Keyword.Compared) && (s.IsKeyword(j + 1, Keyword.To) || s.IsKeyword(j + 1, Keyword.With)))
        {
            last = j + 1;
            return true;
        }

        if (!parenthesized && Contrasts.Contains(s, j))
        {
            // "81 percent … while 26 percent …"
            return true;
        }

        if (s.IsCjk(j) && s.TextOf(j) is "比" or "对")
        {
            return true;
        }

        return false;
    }
}
