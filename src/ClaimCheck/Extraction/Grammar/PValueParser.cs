using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Grammar;

/// <summary>
/// Reads a p-value: "p" or "P" (or "p-value", "Ptrend"), an optional qualifier ("for trend",
/// "(interaction)"), a relation (=, &lt;, &gt;, ≤, ≥, "&lt;=", "of", "was", ":") and a value: a number
/// as printed (leading dot, negative or above 1 kept), scientific notation ("1.2 × 10−5",
/// "10−4") or "n.s."/"NS".
/// </summary>
internal static class PValueParser
{
    internal static bool TryRead(SentenceScan s, int i, out PValueRef p)
    {
        p = default;
        p.QualifierFirst = -1;
        p.QualifierLast = -1;
        var keyword = s.IsWord(i) ? s[i].Keyword : Keyword.None;
        if (keyword is not (Keyword.P or Keyword.PValue or Keyword.PQualified))
        {
            return false;
        }

        // "p" glued to a preceding letter or digit is something else ("3p"); after a footnote mark it is a legend ("*p<0.05").
        if (s.IsGlued(i) && i > 0 && (s[i - 1].Kind != TokenKind.Symbol || s[i - 1].Symbol is '*' or '†' or '‡' or '§' or '#'))
        {
            return false;
        }

        p.First = i;
        int j = i + 1;
        if (keyword == Keyword.P && (s.IsWord(j, "value") || s.IsWord(j, "values")))
        {
            j++;
        }

        j = ReadQualifier(s, j, ref p);
        if (!TryReadRelation(s, j, keyword, out p.Relation, out j))
        {
            return false;
        }

        if ((s.IsWord(j, "value") || s.IsWord(j, "values")) && s.IsSymbol(j + 1, '='))
        {
            // "p = value = 0.02"
            j += 2;
        }

        if (NumberParser.TryRead(s, j, NumberReading.Scientific | NumberReading.FlattenedPower | NumberReading.BarePower | NumberReading.SpacedDecimal, out p.Value))
        {
            p.HasNumber = true;
            p.Last = p.Value.Percent ? p.Value.Next - 1 : p.Value.Last;
            p.Next = p.Value.Next;
            return true;
        }

        if (TryReadNotSignificant(s, j, out int last))
        {
            p.Value.First = j;
            p.Last = last;
            p.Next = last + 1;
            return true;
        }

        return false;
    }

    private static int ReadQualifier(SentenceScan s, int j, ref PValueRef p)
    {
        if (s.IsOpening(j) && s.IsLatinWord(j + 1) && s.IsSymbol(j + 2, SentenceScan.Closing(s[j].Symbol)) && IsQualifierWord(s, j + 1))
        {
            p.QualifierFirst = j + 1;
            p.QualifierLast = j + 1;
            return j + 3;
        }

        if (s.IsWord(j, "for") && s.IsLatinWord(j + 1) && IsQualifierWord(s, j + 1))
        {
            p.QualifierFirst = j + 1;
            p.QualifierLast = j + 1;
            return j + 2;
        }

        if (s.IsLatinWord(j) && IsQualifierWord(s, j))
        {
            p.QualifierFirst = j;
            p.QualifierLast = j;
            return j + 1;
        }

        return j;
    }

    private static bool IsQualifierWord(SentenceScan s, int j)
        => s.IsWord(j, "trend") || s.IsWord(j, "interaction") || s.IsWord(j, "int") || s.IsWord(j, "heterogeneity") || s.IsWord(j, "diff")
        || s.IsWord(j, "difference") || s.IsWord(j, "linear") || s.IsWord(j, "group") || s.IsWord(j, "time") || s.IsWord(j, "treatment")
        || s.IsWord(j, "adjusted") || s.IsWord(j, "overall") || s.IsWord(j, "log-rank") || s.IsWord(j, "logrank") || s.IsWord(j, "het");

    internal static bool TryReadRelation(SentenceScan s, int j, Keyword keyword, out RelationalOperator relation, out int next)
    {
        relation = RelationalOperator.Equal;
        next = j;
        if (s.IsKeyword(j, Keyword.Copula) || s.IsKeyword(j, Keyword.Of))
        {
            // "p was 0.03", "p value of 0.03", "p was < 0.05"
            j++;
            if (!IsRelationSymbol(s, j))
            {
                next = j;
                return s.IsNumber(j);
            }
        }

        if (!s.InRange(j) || s[j].Kind != TokenKind.Symbol)
        {
            return false;
        }

        switch (s[j].Symbol)
        {
            case '=':
                relation = s.IsSymbol(j + 1, '<') && s.IsGlued(j + 1) ? RelationalOperator.LessOrEqual : RelationalOperator.Equal;
                next = relation == RelationalOperator.Equal ? j + 1 : j + 2;
                return true;
            case '<':
                relation = s.IsSymbol(j + 1, '=') && s.IsGlued(j + 1) ? RelationalOperator.LessOrEqual : RelationalOperator.Less;
                next = relation == RelationalOperator.Less ? j + 1 : j + 2;
                return true;
            case '>':
                relation = s.IsSymbol(j + 1, '=') && s.IsGlued(j + 1) ? RelationalOperator.GreaterOrEqual : RelationalOperator.Greater;
                next = relation == RelationalOperator.Greater ? j + 1 : j + 2;
                return true;
            case '≤':
                relation = RelationalOperator.LessOrEqual;
                next = j + 1;
                return true;
            case '≥':
                relation = RelationalOperator.GreaterOrEqual;
                next = j + 1;
                return true;
            case ':':
                // "P: 0.03" only where a number follows at once.
                next = j + 1;
                return keyword != Keyword.None && s.IsNumber(j + 1);
            default:
                return false;
        }
    }

    private static bool IsRelationSymbol(SentenceScan s, int j)
        => s.IsSymbol(j, '=') || s.IsSymbol(j, '<') || s.IsSymbol(j, '>') || s.IsSymbol(j, '≤') || s.IsSymbol(j, '≥');

    /// <summary>A bare "ns" or "n.s." standing for the p of the result before it ("t(28) = 2.20, ns").</summary>
    internal static bool TryReadNotSignificantWord(SentenceScan s, int j, out PValueRef p)
    {
        p = default;
        p.QualifierFirst = -1;
        p.QualifierLast = -1;
        if (s.IsWord(j, "not") || !TryReadNotSignificant(s, j, out int last))
        {
            return false;
        }

        p.First = j;
        p.Value.First = j;
        p.Last = last;
        p.Next = last + 1;
        return true;
    }

    private static bool TryReadNotSignificant(SentenceScan s, int j, out int last)
    {
        last = j;
        if (s.IsKeyword(j, Keyword.Ns))
        {
            return true;
        }

        // "n.s." / "N.S."
        if (s.IsWord(j, "n") && s.IsSymbol(j + 1, '.') && s.IsGlued(j + 1) && s.IsWord(j + 2, "s") && s.IsGlued(j + 2))
        {
            last = s.IsSymbol(j + 3, '.') && s.IsGlued(j + 3) ? j + 3 : j + 2;
            return true;
        }

        // "not significant"
        if (s.IsWord(j, "not") && s.IsKeyword(j + 1, Keyword.Significant))
        {
            last = j + 1;
            return true;
        }

        return false;
    }
}
