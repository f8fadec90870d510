using System.Text;

namespace ClaimCheck.Segmenting.Roles;

/// <summary>
/// The one text normalisation that training and prediction share: lower case, punctuation split off words, every
/// number folded to a shape ("0", "0.0") so that "p = 0.03" and "p = 0.04" give the same n-grams (the significance
/// cues keep the values).
/// </summary>
internal static class ModelText
{
    /// <summary>The normalised form of <paramref name="text"/>: tokens separated by single spaces.</summary>
    internal static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsDigit(c))
            {
                // A number, with its decimal separator ('.', ',' or the Lancet's middle dot), becomes "0" or "0.0".
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }

                bool fraction = i + 1 < text.Length && text[i] is '.' or '·' && char.IsDigit(text[i + 1]);
                if (fraction)
                {
                    i++;
                    while (i < text.Length && char.IsDigit(text[i]))
                    {
                        i++;
                    }
                }

                Space(sb);
                sb.Append(fraction ? "0.0" : "0").Append(' ');
                continue;
            }

            if (char.IsLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c))
            {
                Space(sb);
            }
            else if (c is '\'' or '’' && sb.Length > 0 && char.IsLetter(sb[^1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "patients' " splits, "don't" stays one word.
                sb.Append('\'');
            }
            else
            {
                Space(sb);
                sb.Append(Fold(c)).Append(' ');
            }

            i++;
        }

        return sb.ToString().Trim();
    }

    private static char Fold(char c) => c switch
    {
        '≤' => '<',
        '≥' => '>',
        '–' or '—' or '−' => '-',
        _ => c,
    };

    private static void Space(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] != ' ')
        {
            sb.Append(' ');
        }
    }
}
