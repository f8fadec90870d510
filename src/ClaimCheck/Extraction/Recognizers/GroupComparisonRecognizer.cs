using System.Collections.Immutable;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// Values of groups set against each other: <c>61.6% vs. 67.6%</c>, <c>39.1 ± 4.5 vs. 27.7 ± 6.2%, P = 0.05</c>,
/// <c>(67.0) compared to the placebo group (50.0)</c>, <c>(67.0) than in the placebo group (50.0)</c>, <c>61.6%比 67.6%</c>. Does not consume its
/// values (they may be claims of their own); it takes the p-value printed right after it.
/// </summary>
internal static class GroupComparisonRecognizer
{
    private const int MaxLabelWords = 6;
    private const int MaxValues = 6;
    private const int MaxLookahead = 14;

    private struct Value
    {
        internal NumberRef Number;
        internal bool HasSpread;
        internal NumberRef Spread;
        internal int Last;
        internal int Next;
        internal int LabelFirst;
        internal int LabelLast;
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
        else if (s.LabelAfterRange(first.Next, out first.LabelFirst, out first.LabelLast))
        {
            first.Next = first.LabelLast + 1;
        }

        Span<Value> values = stackalloc Value[MaxValues];
        values[0] = first;
        int count = 1;
        int connectorFirst = -1, connectorLast = -1;
        int j = first.Next;
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
            builder.Add(new ComparedValue(s.MakeNumber(values[v].Number), values[v].HasSpread ? s.MakeNumber(values[v].Spread) : null, label));
        }

        var (span, text) = s.ClaimText(parenthesized ? i - 1 : i, tail.Last);
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
            if (!TryValue(s, j, false, out value))
            {
                return false;
            }

            if (s.LabelAfterRange(value.Next, out value.LabelFirst, out value.LabelLast))
            {
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

        if (s.IsCjk(j) && s.TextOf(j) is "比" or "对")
        {
            return true;
        }

        return false;
    }
}
