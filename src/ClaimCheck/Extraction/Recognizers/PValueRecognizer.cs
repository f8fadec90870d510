using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// p-values standing alone: <c>p = 0.030</c>, <c>P&lt;0.001</c>, <c>p = .03</c>, <c>(p = n.s.)</c>,
/// <c>P for trend = 0.02</c>, and the lists of "P = 0.001 and 0.003, respectively". Significance
/// thresholds ("p &lt; 0.05 was considered significant") are read over without a claim.
/// </summary>
internal static class PValueRecognizer
{
    private const int ThresholdWindow = 5;

    internal static bool TryMatch(SentenceScan s, int i, out int next)
    {
        next = i;
        if (!PValueParser.TryRead(s, i, out var p))
        {
            return false;
        }

        next = p.Next;
        if (s.IsAbsorbed(i) || IsThreshold(s, p))
        {
            return true;
        }

        Add(s, p);
        next = ReadRespectivelyList(s, p);
        return true;
    }

    private static void Add(SentenceScan s, in PValueRef p)
    {
        var (span, text) = s.ClaimText(p.First, p.Last);
        s.Claims.Add(new PValueClaim(span, text, s.Sentence, s.MakePValue(p)));
    }

    // "(P = 0.001 and 0.003, respectively)": the further values share the relation.
    private static int ReadRespectivelyList(SentenceScan s, in PValueRef p)
    {
        if (!p.HasNumber)
        {
            return p.Next;
        }

        Span<NumberRef> values = stackalloc NumberRef[8];
        int count = 0;
        int j = p.Next;
        while (count < values.Length)
        {
            int k = j;
            if (s.IsSymbol(k, ','))
            {
                k++;
            }

            if (s.IsKeyword(k, Keyword.And))
            {
                k++;
            }

            if (k == j || !NumberParser.TryRead(s, k, NumberReading.Scientific, out values[count]) || values[count].Percent)
            {
                break;
            }

            j = values[count].Next;
            count++;
        }

        int r = s.IsSymbol(j, ',') ? j + 1 : j;
        if (count == 0 || !s.IsKeyword(r, Keyword.Respectively))
        {
            return p.Next;
        }

        for (int v = 0; v < count; v++)
        {
            var (span, text) = s.ClaimText(values[v].First, values[v].Last);
            var number = s.MakeNumber(values[v]);
            s.Claims.Add(new PValueClaim(span, text, s.Sentence, new PValue(span, p.Relation, number, number.Text, null)));
        }

        return j;
    }

    // "p < 0.05 was considered significant", "significance was set at p < 0.05", "the level of significance P < .025".
    private static bool IsThreshold(SentenceScan s, in PValueRef p)
    {
        int k = p.Next;
        if (s.IsSymbol(k, ',') || s.IsSymbol(k, '('))
        {
            k++;
        }

        if (s.IsKeyword(k, Keyword.Copula) || s.IsWord(k, "being"))
        {
            k++;
        }

        if (s.IsKeyword(k, Keyword.Considered) || s.IsWord(k, "used") || (s.IsWord(k, "level") && s.IsKeyword(k + 1, Keyword.Of)))
        {
            return true;
        }

        // A bracketed p after "significant level (p<0.01)" reports a result; a threshold is stated with "<".
        bool thresholdForm = !s.IsSymbol(p.First - 1, '(') && p.Relation is RelationalOperator.Less or RelationalOperator.LessOrEqual;
        for (int j = p.First - 1; j >= 0 && j >= p.First - ThresholdWindow; j--)
        {
            if (s.IsKeyword(j, Keyword.Considered) || (thresholdForm && IsSignificanceLevel(s, j)))
            {
                return true;
            }
        }

        return false;
    }

    // "significance level", "level of significance", "threshold of statistical significance"
    private static bool IsSignificanceLevel(SentenceScan s, int j)
        => (s.IsWord(j, "level") || s.IsWord(j, "threshold") || s.IsWord(j, "cut-off") || s.IsWord(j, "cutoff"))
        && (s.IsKeyword(j - 1, Keyword.Significant) || s.IsKeyword(j + 2, Keyword.Significant) || s.IsKeyword(j + 3, Keyword.Significant));
}
