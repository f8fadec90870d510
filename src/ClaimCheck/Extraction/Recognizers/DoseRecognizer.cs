using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// Doses in powers of ten followed by their unit: <c>4 × 10^7 cells/dose</c>, <c>2 × 10⁶ cells/kg</c>,
/// and the same with the superscript flattened (<c>4 × 107 cells/dose</c>, read as 4 × 10^7 and
/// marked as reconstructed: the unit is what makes that reading safe).
/// </summary>
internal static class DoseRecognizer
{
    internal static bool TryMatch(SentenceScan s, int i, out int next)
    {
        next = i;
        if (!NumberParser.TryRead(s, i, NumberReading.Scientific | NumberReading.FlattenedPower, out var amount) || amount.Percent || amount.Exponent == 0
            || !s.IsLatinWord(amount.Next) || !Lexicon.IsDoseUnit(s.TextOf(amount.Next)))
        {
            return false;
        }

        int last = amount.Next;
        if (s.IsSymbol(last + 1, '/') && s.IsLatinWord(last + 2))
        {
            last += 2;
        }
        else if (s.IsKeyword(last + 1, Keyword.Per) && s.IsLatinWord(last + 2))
        {
            last += 2;
        }

        var (span, text) = s.ClaimText(i, last);
        s.Claims.Add(new DoseClaim(span, text, s.Sentence, s.MakeNumber(amount), s.StringOf(amount.Next, last)));
        next = last + 1;
        return true;
    }
}
