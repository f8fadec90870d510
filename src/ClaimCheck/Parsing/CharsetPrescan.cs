using System.Text;

namespace ClaimCheck.Parsing;

/// <summary>
/// Finds the charset a page declares the way the HTML standard's prescan does (a simplified form of
/// "prescan a byte stream to determine its encoding"): only a <c>&lt;meta charset&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c> element counts, before the body
/// starts; the words <c>charset=</c> in text, comments, scripts or other attributes do not.
/// </summary>
internal static class CharsetPrescan
{
    /// <summary>The label of the first meta declaration in <paramref name="head"/>, or null.</summary>
    internal static string? Find(ReadOnlySpan<byte> head)
    {
        int i = 0;
        while (i < head.Length)
        {
            int lt = head[i..].IndexOf((byte)'<');
            if (lt < 0)
            {
                return null;
            }

            i += lt;
            var rest = head[i..];
            if (rest.StartsWith("<!--"u8))
            {
                int end = rest[4..].IndexOf("-->"u8);
                i = end < 0 ? head.Length : i + 4 + end + 3;
            }
            else if (rest.Length > 1 && (IsAsciiLetter(rest[1]) || (rest[1] == '/' && rest.Length > 2 && IsAsciiLetter(rest[2]))))
            {
                bool endTag = rest[1] == '/';
                int nameStart = endTag ? 2 : 1;
                int nameEnd = nameStart;
                while (nameEnd < rest.Length && !IsSpace(rest[nameEnd]) && rest[nameEnd] is not (byte)'/' and not (byte)'>')
                {
                    nameEnd++;
                }

                string name = Encoding.ASCII.GetString(rest[nameStart..nameEnd]).ToLowerInvariant();
                if ((!endTag && name == "body") || (endTag && name is "head" or "html"))
                {
                    return null;
                }

                int at = i + nameEnd;
                string? charset = null;
                bool? contentType = null;
                string? content = null;
                while (Attribute(head, ref at) is var (attribute, value))
                {
                    switch (attribute)
                    {
                        case "charset":
                            charset ??= value;
                            break;
                        case "http-equiv":
                            contentType ??= value.Equals("content-type", StringComparison.OrdinalIgnoreCase);
                            break;
                        case "content":
                            content ??= value;
                            break;
                    }
                }

                if (!endTag && name == "meta")
                {
                    string? label = charset is { Length: > 0 } ? charset
                        : contentType == true && content is not null ? FromContent(content) : null;
                    if (label is not null)
                    {
                        return label;
                    }
                }

                i = at;
                if (!endTag && name is "script" or "style" or "title" or "textarea")
                {
                    // Their content is text, not markup: skip to the end tag.
                    int close = IndexOfIgnoreCase(head[i..], "</" + name);
                    i = close < 0 ? head.Length : i + close;
                }
            }
            else if (rest.StartsWith("<!"u8) || rest.StartsWith("</"u8) || rest.StartsWith("<?"u8))
            {
                int end = rest.IndexOf((byte)'>');
                i = end < 0 ? head.Length : i + end + 1;
            }
            else
            {
                i++;
            }
        }

        return null;
    }

    /// <summary>Reads the next attribute of a tag at <paramref name="at"/> (lower-case name, value); null at the tag's end.</summary>
    private static (string Name, string Value)? Attribute(ReadOnlySpan<byte> bytes, ref int at)
    {
        while (at < bytes.Length && (IsSpace(bytes[at]) || bytes[at] == '/'))
        {
            at++;
        }

        if (at >= bytes.Length || bytes[at] == '>')
        {
            at = Math.Min(at + 1, bytes.Length);
            return null;
        }

        int start = at;
        while (at < bytes.Length && !IsSpace(bytes[at]) && bytes[at] is not (byte)'=' and not (byte)'>' and not (byte)'/')
        {
            at++;
        }

        string name = Encoding.ASCII.GetString(bytes[start..at]).ToLowerInvariant();
        while (at < bytes.Length && IsSpace(bytes[at]))
        {
            at++;
        }

        if (at >= bytes.Length || bytes[at] != '=')
        {
            return (name, "");
        }

        at++;
        while (at < bytes.Length && IsSpace(bytes[at]))
        {
            at++;
        }

        if (at < bytes.Length && bytes[at] is (byte)'"' or (byte)'\'')
        {
            byte quote = bytes[at++];
            int close = bytes[at..].IndexOf(quote);
            int end = close < 0 ? bytes.Length : at + close;
            string quoted = Encoding.ASCII.GetString(bytes[at..end]);
            at = Math.Min(end + 1, bytes.Length);
            return (name, quoted);
        }

        start = at;
        while (at < bytes.Length && !IsSpace(bytes[at]) && bytes[at] != '>')
        {
            at++;
        }

        return (name, Encoding.ASCII.GetString(bytes[start..at]));
    }

    /// <summary>The charset in a Content-Type value (<c>text/html; charset=windows-1252</c>), or null.</summary>
    private static string? FromContent(string content)
    {
        int at = content.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = content.AsSpan(at + "charset".Length).TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
        {
            return null;
        }

        rest = rest[1..].TrimStart();
        if (!rest.IsEmpty && rest[0] is '"' or '\'')
        {
            int close = rest[1..].IndexOf(rest[0]);
            return close < 0 ? null : rest.Slice(1, close).ToString();
        }

        int end = rest.IndexOfAny(" \t\n\f\r;");
        string label = (end < 0 ? rest : rest[..end]).ToString();
        return label.Length > 0 ? label : null;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, string lowerNeedle)
    {
        for (int i = 0; i + lowerNeedle.Length <= haystack.Length; i++)
        {
            int j = 0;
            while (j < lowerNeedle.Length && (haystack[i + j] | 0x20) == (lowerNeedle[j] | 0x20))
            {
                j++;
            }

            if (j == lowerNeedle.Length)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAsciiLetter(byte b) => char.IsAsciiLetter((char)b);

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r';
}
