using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// Test statistics in statcheck's notations: <c>t(28) = 2.20</c>, <c>F(2, 28) = 2.20</c>,
/// <c>r(28) = .22</c>, <c>χ2(1, N = 100) = 4.3</c>, <c>chi2(28) = 3.1</c>, <c>z = 2.20</c>,
/// <c>Q(28) = 22.2</c>, each with the p-value printed after it; and the forms statcheck reads with
/// <c>apa_style = FALSE</c>: df in square or curly brackets or flattened from a subscript (<c>t9 = 1.52</c>,
/// <c>F1,415 = 7.10</c>, the latter only with a p), <c>DF = 2</c> inside the brackets, <c>r(N = 95)</c>, and a
/// side value between the statistic and its p (<c>MSE = 236</c>, Lexicons/statistic-side-values.txt).
/// </summary>
internal static class TestStatisticRecognizer
{
    internal static bool TryMatch(SentenceScan s, int i, out int next)
    {
        next = i;
        var statistic = s[i].Keyword switch
        {
            Keyword.StatT => TestStatisticKind.T,
            Keyword.StatF => TestStatisticKind.F,
            Keyword.StatR => TestStatisticKind.R,
            Keyword.StatZ => TestStatisticKind.Z,
            Keyword.StatQ => TestStatisticKind.Q,
            Keyword.StatChi => TestStatisticKind.ChiSquare,
            _ => (TestStatisticKind?)null,
        };
        if (statistic is null || (i > 0 && (s.IsSymbol(i - 1, '/') || s.IsSymbol(i - 1, '-')) && s.IsGlued(i)))
        {
            return false;
        }

        return TryMatchFrom(s, i, statistic.Value, lostChi: false, out next);
    }

    /// <summary>
    /// "(2(1) = 0.03, p = .86": a χ² whose χ was lost in copying leaves a bare 2 before the brackets. Read only
    /// with degrees of freedom in brackets right after it, an "=" and a p-value, the shape statcheck reads.
    /// </summary>
    internal static bool TryMatchLostChi(SentenceScan s, int i, out int next)
    {
        next = i;
        if (!s[i].IsPlainInteger || s[i].Value != 2 || s[i].Length != 1 || !s.IsSymbol(i + 1, '(')
            || (i > 0 && s.IsGlued(i) && !s.IsOpening(i - 1)))
        {
            return false;
        }

        return TryMatchFrom(s, i, TestStatisticKind.ChiSquare, lostChi: true, out next);
    }

    private static bool TryMatchFrom(SentenceScan s, int i, TestStatisticKind statistic, bool lostChi, out int next)
    {
        next = i;
        int j = i + 1;
        if (statistic == TestStatisticKind.ChiSquare && s.IsWord(j, "test"))
        {
            j++;
        }
        else if (statistic == TestStatisticKind.ChiSquare && s.IsSymbol(j, '_') && s.IsGlued(j) && s.IsNumber(j + 1) && s.IsGlued(j + 1) && s[j + 1].Value == 2)
        {
            // "chi_2(28)": the superscript written as a subscript mark.
            j += 2;
        }
        else if (statistic == TestStatisticKind.Q && s.IsSymbol(j, '-') && s.IsGlued(j) && s.IsGlued(j + 1) && (s.IsWord(j + 1, "within") || s.IsWord(j + 1, "between")))
        {
            // "Q-within(2)", "Q-between(2)": a meta-analysis's heterogeneity within or between groups.
            j += 2;
        }

        NumberRef df1 = default, df2 = default, sampleSize = default;
        bool hasDf1 = false, hasDf2 = false, hasN = false, subscript = false;
        if (s.IsOpening(j) || s.IsSymbol(j, '{'))
        {
            char close = SentenceScan.Closing(s[j].Symbol);
            int k = j + 1;
            if (s.IsKeyword(k, Keyword.Df) && s.IsSymbol(k + 1, '='))
            {
                k += 2;
            }

            if (statistic == TestStatisticKind.R && s.IsKeyword(k, Keyword.N) && s.IsSymbol(k + 1, '=')
                && NumberParser.TryRead(s, k + 2, NumberReading.Plain, out sampleSize) && sampleSize.IsPlainInteger)
            {
                // "r(N = 95)": a correlation with its sample size, df = N − 2.
                hasN = true;
                k = sampleSize.Next;
            }
            else if (!NumberParser.TryRead(s, k, NumberReading.Plain, out df1) || df1.Percent || df1.Sign != '\0')
            {
                return false;
            }
            else
            {
                hasDf1 = true;
                k = df1.Next;
            }

            if (s.IsSymbol(k, ',') && NumberParser.TryRead(s, k + 1, NumberReading.Plain, out df2) && !df2.Percent)
            {
                hasDf2 = true;
                k = df2.Next;
            }

            if (s.IsSymbol(k, ',') && s.IsKeyword(k + 1, Keyword.N) && s.IsSymbol(k + 2, '=') && NumberParser.TryRead(s, k + 3, NumberReading.Plain, out sampleSize))
            {
                hasN = true;
                k = sampleSize.Next;
            }

            // A t, r or z has one df (or none): "t(2,28)" and "z(28)" are no such statistic; only χ² carries its N there,
            // and r alone in its brackets.
            if (!s.IsSymbol(k, close) || (hasDf2 && statistic is TestStatisticKind.T or TestStatisticKind.R) || statistic == TestStatisticKind.Z
                || (hasN && !(statistic == TestStatisticKind.ChiSquare || (statistic == TestStatisticKind.R && !hasDf1))))
            {
                return false;
            }

            j = k + 1;
        }
        else if (statistic is TestStatisticKind.T or TestStatisticKind.F && s.IsNumber(j) && s.IsGlued(j) && s.TextOf(i).Length == 1
            && NumberParser.TryRead(s, j, NumberReading.Plain, out df1) && df1.IsPlainInteger)
        {
            // "t9 = 1.52", "F1,415 = 7.10": the tokenizer split the flattened subscript off the letter.
            hasDf1 = true;
            subscript = true;
            j = df1.Next;
            if (statistic == TestStatisticKind.F)
            {
                if (!s.IsSymbol(j, ',') || !NumberParser.TryRead(s, j + 1, NumberReading.Plain, out df2) || !df2.IsPlainInteger)
                {
                    return false;
                }

                hasDf2 = true;
                j = df2.Next;
            }
        }

        // "r>0.30" is a bound, not a statistic; with degrees of freedom "t(28) < 1" still is one.
        if (!(s.IsSymbol(j, '=') || (hasDf1 && (s.IsSymbol(j, '<') || s.IsSymbol(j, '>')))) || !NumberParser.TryRead(s, j + 1, NumberReading.Scientific | NumberReading.SpacedDecimal, out var value)
            || value.Percent || s.IsSymbol(value.Next, '/') || s.IsSymbol(value.Next, ':'))
        {
            return false;
        }

        var relation = s[j].Symbol switch
        {
            '<' => s.IsSymbol(j + 1, '=') ? RelationalOperator.LessOrEqual : RelationalOperator.Less,
            '>' => s.IsSymbol(j + 1, '=') ? RelationalOperator.GreaterOrEqual : RelationalOperator.Greater,
            _ => RelationalOperator.Equal,
        };
        int last = value.Last;
        int after = value.Next;
        if (!hasDf1 && s.IsSymbol(after, ',') && s.IsKeyword(after + 1, Keyword.Df) && s.IsSymbol(after + 2, '=')
            && NumberParser.TryRead(s, after + 3, NumberReading.Plain, out df1))
        {
            // "t = 2.2, df = 28"
            hasDf1 = true;
            last = df1.Last;
            after = df1.Next;
        }

        after = SkipSideValues(s, after);

        // "r=−0.29 (95% CI −0.41 to −0.17); p<0.0001"
        var tail = EstimateTail.Read(s, after, last, requireLabel: true);
        if (!tail.HasP && !tail.HasInterval && hasDf1 && s.IsSymbol(after, ',') && PValueParser.TryReadNotSignificantWord(s, after + 1, out var ns))
        {
            // "t(28) = 2.20, ns": statcheck reads the bare "ns" as p > α.
            tail.P = ns;
            tail.HasP = true;
            tail.Last = ns.Last;
            tail.Next = ns.Next;
        }

        // Without degrees of freedom or a p-value a lone letter is too weak a sign ("at t = 0"); a flattened subscript
        // without a p may be a time point ("t2 = 6 months").
        bool strong = subscript || lostChi ? tail.HasP && hasDf1 && relation == RelationalOperator.Equal
            : hasDf1 || hasN || tail.HasP || (statistic is TestStatisticKind.R or TestStatisticKind.Z && value.Decimals > 0);
        if (!strong)
        {
            return false;
        }

        var (span, text) = s.ClaimText(i, tail.Last);
        s.Claims.Add(new TestStatisticClaim(
            span,
            text,
            s.Sentence,
            statistic,
            s.StringOf(i, i),
            hasDf1 ? s.MakeNumber(df1) : null,
            hasDf2 ? s.MakeNumber(df2) : null,
            hasN ? s.MakeNumber(sampleSize) : null,
            s.MakeNumber(value),
            tail.HasInterval ? s.MakeInterval(tail.Interval) : null,
            tail.HasP ? s.MakePValue(tail.P) : null)
        {
            Relation = relation,
        });
        next = tail.Next;
        return true;
    }

    // ", MSE = 236" or ", d = 0.42" between a statistic and its p: skipped, at most twice.
    private static int SkipSideValues(SentenceScan s, int after)
    {
        for (int n = 0; n < 2; n++)
        {
            if (!(s.IsSymbol(after, ',') || s.IsSymbol(after, ';')) || !s.IsWord(after + 1)
                || !Lexicons.Lexicon.StatisticSideValues.Contains(s.StringOf(after + 1, after + 1)) || !s.IsSymbol(after + 2, '=')
                || !NumberParser.TryRead(s, after + 3, NumberReading.Plain, out var side))
            {
                break;
            }

            after = side.Next;
        }

        return after;
    }
}
