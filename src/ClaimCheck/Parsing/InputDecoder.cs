using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Parsing;

/// <summary>
/// Turns the bytes of an input into text: refuses empty and binary input, honours a byte-order mark
/// and an HTML page's declared charset, requires valid UTF-8 otherwise, and cuts input over the size
/// limit at a line break.
/// </summary>
internal static class InputDecoder
{
    private const int SniffLength = 8192;

    internal readonly record struct Decoded(string? Text, InputFormat Format, Reason? Error, Reason? Truncation);

    /// <summary>A CC9002 or CC9003 wording and its arguments; the path is added by the reader.</summary>
    internal readonly record struct Reason(RuleDescriptor Descriptor, object[] Args);

    internal static Decoded Decode(ReadOnlySpan<byte> bytes, long totalLength, ReaderOptions options)
    {
        if (totalLength == 0 || IsAllWhiteSpace(bytes))
        {
            return Fail(InputRules.UnreadableEmpty);
        }

        Reason? truncation = null;
        if (bytes.Length > options.MaxInputBytes)
        {
            bytes = CutAtLineBreak(bytes, (int)Math.Min(options.MaxInputBytes, int.MaxValue));
        }

        if (totalLength > bytes.Length)
        {
            truncation = new Reason(InputRules.OverSizeLimit, [totalLength, options.MaxInputBytes, bytes.Length]);
        }

        Encoding? bomEncoding = null;
        int bomLength = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bomEncoding = new UTF8Encoding(false, true);
            bomLength = 3;
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            bomEncoding = new UnicodeEncoding(false, false, true);
            bomLength = 2;
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bomEncoding = new UnicodeEncoding(true, false, true);
            bomLength = 2;
        }

        if (bomEncoding is null && LooksBinary(bytes))
        {
            return Fail(InputRules.UnreadableBinary);
        }

        var body = bytes[bomLength..];
        if (bomEncoding is not null)
        {
            try
            {
                string text = bomEncoding.GetString(body);
                return new Decoded(text, DetectFormat(text.AsSpan(0, Math.Min(text.Length, SniffLength)), options), null, truncation);
            }
            catch (DecoderFallbackException ex)
            {
                return Fail(InputRules.UnreadableByteOrderMark, bomEncoding.WebName, ex.Index + bomLength);
            }
        }

        var format = options.Format;
        if (format == InputFormat.Auto)
        {
            format = LooksLikeHtml(body) ? InputFormat.Html : InputFormat.PlainText;
        }

        if (format == InputFormat.Html && DeclaredCharset(body) is { } charset && !IsUtf8Name(charset))
        {
            var encoding = GetEncoding(charset);
            if (encoding is null)
            {
                return Fail(InputRules.UnreadableCharset, charset);
            }

            return new Decoded(encoding.GetString(body), format, null, truncation);
        }

        int invalidAt = FirstInvalidUtf8(body);
        if (invalidAt >= 0)
        {
            if (format == InputFormat.Html)
            {
                // What browsers do with an undeclared non-UTF-8 page: read it as windows-1252.
                return new Decoded(GetEncoding("windows-1252")!.GetString(body), format, null, truncation);
            }

            return Fail(InputRules.UnreadableUtf8, body[invalidAt], invalidAt + bomLength);
        }

        return new Decoded(Encoding.UTF8.GetString(body), format, null, truncation);
    }

    private static Decoded Fail(RuleDescriptor reason, params object[] args) => new(null, InputFormat.Auto, new Reason(reason, args), null);

    private static InputFormat DetectFormat(ReadOnlySpan<char> head, ReaderOptions options)
    {
        if (options.Format != InputFormat.Auto)
        {
            return options.Format;
        }

        return LooksLikeHtml(head) ? InputFormat.Html : InputFormat.PlainText;
    }

    private static bool IsAllWhiteSpace(ReadOnlySpan<byte> bytes)
        => bytes.IndexOfAnyExcept((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n', (byte)'\f', (byte)'\v']) < 0;

    private static ReadOnlySpan<byte> CutAtLineBreak(ReadOnlySpan<byte> bytes, int limit)
    {
        var head = bytes[..limit];
        int newline = head.LastIndexOf((byte)'\n');
        if (newline > 0)
        {
            return head[..(newline + 1)];
        }

        // No line break at all: cut at a character boundary (not inside a UTF-8 sequence).
        int cut = limit;
        while (cut > 0 && (bytes[cut] & 0xC0) == 0x80)
        {
            cut--;
        }

        return bytes[..cut];
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, SniffLength)];
        if (head.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        int control = 0;
        foreach (byte b in head)
        {
            if ((b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not (byte)'\f' and not 0x1B) || b == 0x7F)
            {
                control++;
            }
        }

        return control * 20 > head.Length;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> body)
    {
        var head = body[..Math.Min(body.Length, SniffLength)];
        Span<char> chars = new char[head.Length];
        for (int i = 0; i < head.Length; i++)
        {
            chars[i] = head[i] < 0x80 ? (char)head[i] : ' ';
        }

        return LooksLikeHtml(chars);
    }

    internal static bool LooksLikeHtmlText(string text) => LooksLikeHtml(text.AsSpan(0, Math.Min(text.Length, SniffLength)));

    private static bool LooksLikeHtml(ReadOnlySpan<char> head)
    {
        head = head.TrimStart();
        if (head.IsEmpty || head[0] != '<')
        {
            return false;
        }

        return head.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<head", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<div", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<!--", StringComparison.Ordinal);
    }

    /// <summary>The charset named by a meta tag within the first 8 KB, per the HTML prescan, or null.</summary>
    internal static string? DeclaredCharset(ReadOnlySpan<byte> body)
    {
        var head = body[..Math.Min(body.Length, SniffLength)];
        ReadOnlySpan<byte> marker = "charset"u8;
        int from = 0;
        while (from < head.Length)
        {
            int at = IndexOfIgnoreCase(head[from..], marker);
            if (at < 0)
            {
                return null;
            }

            int i = from + at + marker.Length;
            while (i < head.Length && head[i] is (byte)' ' or (byte)'\t')
            {
                i++;
            }

            if (i < head.Length && head[i] == '=')
            {
                i++;
                while (i < head.Length && head[i] is (byte)' ' or (byte)'"' or (byte)'\'')
                {
                    i++;
                }

                int start = i;
                while (i < head.Length && (char.IsAsciiLetterOrDigit((char)head[i]) || head[i] is (byte)'-' or (byte)'_' or (byte)':' or (byte)'.'))
                {
                    i++;
                }

                if (i > start)
                {
                    return Encoding.ASCII.GetString(head[start..i]);
                }
            }

            from = i;
        }

        return null;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerNeedle)
    {
        for (int i = 0; i + lowerNeedle.Length <= haystack.Length; i++)
        {
            int j = 0;
            while (j < lowerNeedle.Length && (haystack[i + j] | 0x20) == lowerNeedle[j])
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

    private static bool IsUtf8Name(string charset)
        => charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static Encoding? GetEncoding(string name)
    {
        // The HTML standard reads pages labelled ISO-8859-1 or US-ASCII as windows-1252.
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase)
            || name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase) || name.Equals("ascii", StringComparison.OrdinalIgnoreCase))
        {
            name = "windows-1252";
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Offset of the first byte that is not part of valid UTF-8, or -1 when all of it is valid.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        char[] buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            int offset = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
                {
                    return offset;
                }

                if (status == OperationStatus.Done)
                {
                    return -1;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
