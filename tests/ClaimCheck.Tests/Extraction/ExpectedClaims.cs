using System.Globalization;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// Checks extracted claims against rows written by hand. An input marks each expected claim's span
/// with <c>[|…|]</c>; the expectation lists the claims in the same order, separated by <c> ; </c>,
/// each as a kind followed by <c>key=value</c> fields (<c>_</c> stands for a space inside a value).
/// A number is written as printed: its text, value and decimals are all checked against it
/// (<c>est=−13.31%</c> also asks for a percent sign). Fields not written are not checked, except
/// that every listed claim must exist and no other claim may.
/// </summary>
internal static class ExpectedClaims
{
    /// <summary>
    /// Removes the <c>[|…|]</c> marks (which may nest, for a comparison and the claims inside it) and
    /// returns the plain input with the marked spans ordered as claims are: by start, longer first.
    /// </summary>
    internal static (string Text, List<TextSpan> Spans) Unmark(string marked)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        var open = new Stack<int>();
        for (int i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '[' && i + 1 < marked.Length && marked[i + 1] == '|')
            {
                open.Push(text.Length);
                i++;
            }
            else if (marked[i] == '|' && i + 1 < marked.Length && marked[i + 1] == ']' && open.Count > 0)
            {
                spans.Add(TextSpan.FromBounds(open.Pop(), text.Length));
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return (text.ToString(), spans);
    }

    /// <summary>Asserts that <paramref name="claims"/> are exactly the marked and described claims.</summary>
    internal static void Check(string text, IReadOnlyList<Claim> claims, List<TextSpan> spans, string expectation)
    {
        var expected = expectation.Length == 0 ? [] : expectation.Split(" ; ");
        spans.Should().HaveCount(expected.Length, "each expected claim needs its span marked in the input");
        claims.Select(c => $"{c.Kind} `{c.Text}`").Should().HaveCount(expected.Length, "the input should give exactly the listed claims");
        for (int i = 0; i < expected.Length; i++)
        {
            var claim = claims[i];
            claim.Span.Should().Be(spans[i], $"claim {i + 1} ({claim.Kind} `{claim.Text}`) should cover `{text.Substring(spans[i].Start, spans[i].Length)}`");
            claim.Text.Should().Be(text.Substring(claim.Span.Start, claim.Span.Length));
            foreach (var number in claim.Numbers)
            {
                text.Substring(number.Span.Start, number.Span.Length).Should().Be(number.Text, "a number's span covers its text");
            }

            CheckFields(claim, expected[i].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    /// <summary>
    /// Checks the written fields against the claim's canonical notation (<see cref="Claim.ToString"/>): each field
    /// must appear there with the same relation and value, and <c>key=-</c> must not appear (<c>ci=-</c>: no interval).
    /// A number's value and decimals are checked against its literal too; <c>value</c>, <c>exp</c> and <c>recon</c>
    /// check what the notation does not show (a number's value in words, its power of ten, a reconstruction).
    /// </summary>
    private static void CheckFields(Claim claim, string[] parts)
    {
        string notation = claim.ToString();
        var written = notation.Split(' ');
        written[0].Should().Be(parts[0], $"`{claim.Text}` is {notation}");
        var fields = written.Skip(1).Select(Split).ToList();
        foreach (var field in parts.Skip(1))
        {
            var (key, relation, value) = Split(field);
            string because = $"{key} of `{claim.Text}` ({notation})";
            if (Derived(claim, key, value, because))
            {
                continue;
            }

            // "labels=-|-": no value has one, which the notation leaves out like any absent field.
            if (value.All(c => c is '-' or '|') || (value == "0" && key is "ctx" or "adj" or "hedged"))
            {
                string[] absent = key == "ci" ? ["level", "lo", "hi"] : [key];
                fields.Where(f => absent.Contains(f.Key)).Should().BeEmpty(because);
                continue;
            }

            fields.Should().ContainSingle(f => f.Key == key, because).Which.Should().Be((key, relation, value), because);
            foreach (string literal in value.Replace('_', ' ').Split('|', ':'))
            {
                if (claim.Numbers.FirstOrDefault(n => n.ToString() == literal) is { Text: not "", Exponent: 0, IsInWords: false } number)
                {
                    Number(number, literal, because);
                }
            }
        }
    }

    private static (string Key, char Relation, string Value) Split(string field)
    {
        int op = field.IndexOfAny(['=', '<', '>', '≤', '≥']);
        return (field[..op], field[op], field[(op + 1)..]);
    }

    /// <summary>Fields the notation does not show; true when <paramref name="key"/> is one and was checked.</summary>
    private static bool Derived(Claim claim, string key, string value, string because)
    {
        switch (claim, key)
        {
            case (CountClaim c, "value"): c.Count.Value.Should().Be(double.Parse(value, CultureInfo.InvariantCulture), because); return true;
            case (DoseClaim d, "value"): d.Amount.Value.Should().BeApproximately(double.Parse(value, CultureInfo.InvariantCulture), 1e-6 * Math.Abs(d.Amount.Value), because); return true;
            case (DoseClaim d, "exp"): d.Amount.Exponent.Should().Be(int.Parse(value, CultureInfo.InvariantCulture), because); return true;
            case (DoseClaim d, "recon"): d.Amount.IsReconstructed.Should().Be(value == "1", because); return true;
            default: return false;
        }
    }

    /// <summary>
    /// Checks a number against its literal as printed: text, value and decimals (digits after '.'
    /// or '·'), and a percent sign when the literal ends with '%'. "-" expects no number.
    /// </summary>
    internal static void Number(ReportedNumber? actual, string literal, string because)
    {
        if (literal == "-")
        {
            actual.Should().BeNull(because);
            return;
        }

        actual.Should().NotBeNull(because);
        var n = actual!.Value;
        if (char.IsLetter(literal[0]))
        {
            // A number in words: its text is checked here, its value with a separate field.
            n.Text.Should().Be(literal, because);
            n.IsInWords.Should().BeTrue(because);
            return;
        }

        bool percent = literal.EndsWith('%');
        string text = percent ? literal[..^1] : literal;
        n.Text.Should().Be(text, because);
        n.IsPercent.Should().Be(percent, because);
        n.Value.Should().BeApproximately(ValueOf(text), 1e-9 * Math.Max(1, Math.Abs(n.Value)), because);
        int mark = text.IndexOfAny(['.', '·']);
        n.Decimals.Should().Be(mark < 0 ? 0 : text.Length - mark - 1, because);
    }

    private static double ValueOf(string text)
    {
        string plain = text.Replace('−', '-').Replace('–', '-').Replace('‐', '-').Replace('·', '.').Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace("\u2009", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return double.Parse(plain, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
