using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Segmenting;

/// <summary>
/// Whether a sentence is a table row or a table or figure legend: it opens with a legend's words ("Table 2.",
/// "Figure 1:", "Data are presented as …", Lexicons/table-legend.txt), or it is a run of numbers with few words
/// (ten or more tokens, at least 70 % of them holding a digit).
/// </summary>
internal static class TableRows
{
    internal static bool IsTableRow(string text, TextSpan sentence)
    {
        var s = text.AsSpan(sentence.Start, sentence.Length).TrimStart();
        foreach (var opening in Lexicon.TableLegendOpenings)
        {
            if (s.StartsWith(opening, StringComparison.OrdinalIgnoreCase) && (s.Length == opening.Length || !char.IsLetter(s[opening.Length])))
            {
                // "Table 2 shows …" is prose about a table; "Table 2. Baseline characteristics" and "Fig 1: …" are legends.
                return opening.Contains(' ', StringComparison.Ordinal) || IsLegendNumber(s[opening.Length..]);
            }
        }

        int tokens = 0, numeric = 0;
        foreach (var token in s.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            tokens++;
            if (token.Any(char.IsAsciiDigit))
            {
                numeric++;
            }
        }

        return tokens >= 10 && numeric * 10 >= tokens * 7;
    }

    /// <summary>" 2.", " 1:", " S1 |", ". 3." after "Table"/"Figure": a number or label followed by a stop, colon or bar.</summary>
    private static bool IsLegendNumber(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart('.').TrimStart();
        int k = 0;
        while (k < rest.Length && (char.IsLetterOrDigit(rest[k]) && k < 4))
        {
            k++;
        }

        return k > 0 && rest[..k].ContainsAnyInRange('0', '9') && (k == rest.Length || rest[k] is '.' or ':' or '|' or ' ' && (k + 1 >= rest.Length || rest[k] != ' ' || char.IsUpper(rest[k + 1])));
    }
}
