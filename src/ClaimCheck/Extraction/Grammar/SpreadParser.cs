using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Grammar;

/// <summary>
/// The grammar of a spread: "±" and "+/-", the labels "SD", "SE", "SEM", "standard deviation", "standard error
/// (of the mean)" before or after the number, and the "mean (SD)" or "mean ± SEM" a sentence announces earlier.
/// Shared by means, group comparisons and differences.
/// </summary>
internal static class SpreadParser
{
    private const int ContextWindow = 40;

    /// <summary>"±", "+/-" or "+-" at <paramref name="j"/>; <paramref name="next"/> is the token after it.</summary>
    internal static bool IsPlusMinus(SentenceScan s, int j, out int next)
    {
        next = j + 1;
        if (s.IsSymbol(j, '±'))
        {
            return true;
        }

        // "+/-" and "+-"
        if (s.IsSymbol(j, '+') && s.IsSymbol(j + 1, '/') && s.IsSymbol(j + 2, '-') && s.IsGlued(j + 1) && s.IsGlued(j + 2))
        {
            next = j + 3;
            return true;
        }

        return false;
    }

    /// <summary>"(SD 1.3", "(SD: 1.3", "(SEM = 0.4" at <paramref name="j"/>; <paramref name="next"/> is the spread's token.</summary>
    internal static bool IsBracketedSpreadLabel(SentenceScan s, int j, out int next)
    {
        next = j;
        return s.IsOpening(j) && TrySpreadLabel(s, j + 1, out _, out next) && s.IsNumber(next);
    }

    internal static bool TrySpreadLabel(SentenceScan s, int j, out SpreadKind kind, out int next)
    {
        kind = LabelKind(s, j, out next);
        if (kind == SpreadKind.Unspecified)
        {
            return false;
        }

        if (s.IsSymbol(next, '=') || s.IsSymbol(next, ':') || s.IsSymbol(next, ','))
        {
            next++;
        }

        return true;
    }

    internal static bool TrySpreadLabelAfter(SentenceScan s, int j, out SpreadKind kind, out int last)
    {
        last = j;
        if (s.IsOpening(j))
        {
            kind = LabelKind(s, j + 1, out int after);
            if (kind != SpreadKind.Unspecified && s.IsSymbol(after, SentenceScan.Closing(s[j].Symbol)))
            {
                last = after;
                return true;
            }

            return false;
        }

        kind = LabelKind(s, j, out int next);
        last = next - 1;
        return kind != SpreadKind.Unspecified;
    }

    private static SpreadKind LabelKind(SentenceScan s, int j, out int next)
    {
        next = j + 1;
        if (s.IsKeyword(j, Keyword.Sd))
        {
            return SpreadKind.StandardDeviation;
        }

        if (s.IsKeyword(j, Keyword.Se))
        {
            return SpreadKind.StandardError;
        }

        if (s.IsKeyword(j, Keyword.Standard) && s.IsKeyword(j + 1, Keyword.Deviation))
        {
            next = j + 2;
            return SpreadKind.StandardDeviation;
        }

        if (s.IsKeyword(j, Keyword.Standard) && s.IsKeyword(j + 1, Keyword.Error))
        {
            next = s.IsKeyword(j + 2, Keyword.Of) && s.IsKeyword(j + 3, Keyword.Mean) ? j + 4 : j + 2;
            return SpreadKind.StandardError;
        }

        return SpreadKind.Unspecified;
    }

    /// <summary>The nearest "SD" or "SE" named earlier in the sentence ("mean ± SD", "(mean ± SEM)").</summary>
    internal static SpreadKind SpreadKindAround(SentenceScan s, int i)
    {
        for (int j = i - 1; j >= 0 && j >= i - ContextWindow; j--)
        {
            var kind = LabelKind(s, j, out _);
            if (kind != SpreadKind.Unspecified)
            {
                return kind;
            }
        }

        return SpreadKind.Unspecified;
    }

    /// <summary>True when the sentence announced "mean (SD)" before token <paramref name="i"/>.</summary>
    internal static bool AnnouncesMeanSd(SentenceScan s, int i, out SpreadKind kind)
    {
        kind = SpreadKind.Unspecified;
        for (int j = i - 1; j >= 1 && j >= i - ContextWindow; j--)
        {
            if (s.IsKeyword(j - 1, Keyword.Mean) && s.IsOpening(j))
            {
                kind = LabelKind(s, j + 1, out _);
                if (kind != SpreadKind.Unspecified)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
