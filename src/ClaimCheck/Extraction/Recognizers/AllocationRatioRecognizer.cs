using System.Collections.Immutable;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// An allocation ratio (<c>2:1</c>, <c>1:1:1</c>) in a sentence about randomisation or allocation;
/// times (<c>10:30</c>) and citations (<c>22(1):9</c>) give none.
/// </summary>
internal static class AllocationRatioRecognizer
{
    private const int ContextWindow = 12;
    private const double MaxPart = 20;

    internal static bool TryMatch(SentenceScan s, int i, out int next)
    {
        next = i;
        if (!IsPart(s, i) || !s.IsSymbol(i + 1, ':') || !IsPart(s, i + 2) || s.IsSymbol(i - 1, ')') || s.IsSymbol(i - 1, ':'))
        {
            return false;
        }

        int last = i + 2;
        while (s.IsSymbol(last + 1, ':') && IsPart(s, last + 2))
        {
            last += 2;
        }

        if (!HasContext(s, i, last))
        {
            return false;
        }

        var parts = ImmutableArray.CreateBuilder<ReportedNumber>();
        for (int j = i; j <= last; j += 2)
        {
            parts.Add(s.MakeNumber(new NumberRef { First = j, Last = j, Next = j + 1, Value = s[j].Value }));
        }

        var (span, text) = s.ClaimText(i, last);
        s.Claims.Add(new AllocationRatioClaim(span, text, s.Sentence, parts.ToImmutable()));
        next = last + 1;
        return true;
    }

    private static bool IsPart(SentenceScan s, int j) => s.IsNumber(j) && s[j].IsPlainInteger && s[j].Value is >= 1 and <= MaxPart;

    private static bool HasContext(SentenceScan s, int first, int last)
    {
        for (int j = Math.Max(0, first - ContextWindow); j < s.Count && j <= last + ContextWindow; j++)
        {
            var word = s.IsLatinWord(j) ? s.TextOf(j) : default;
            if (word.StartsWith("random", StringComparison.OrdinalIgnoreCase) || word.StartsWith("allocat", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("assign", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
