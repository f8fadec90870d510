namespace ClaimCheck.Reporting.Html;

/// <summary>HTML escaping for text and double-quoted attribute values, written straight to the output.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Writes <paramref name="text"/> with <c>&amp; &lt; &gt; " '</c> as character references, so that it is
    /// text both in element content and inside a double-quoted attribute. NUL (never valid in HTML) becomes U+FFFD.
    /// </summary>
    internal static void Write(TextWriter output, ReadOnlySpan<char> text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\0' => "\uFFFD",
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            output.Write(text[start..i]);
            output.Write(entity);
            start = i + 1;
        }

        output.Write(text[start..]);
    }

    /// <summary>Writes <paramref name="text"/> escaped; nothing for null.</summary>
    internal static void Write(TextWriter output, string? text) => Write(output, text.AsSpan());
}
