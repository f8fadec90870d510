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

        if (Bom(bytes) is var (bomEncoding, bomLength))
        {
            try
            {
                string text = bomEncoding.GetString(bytes[bomLength..]);
                return new Decoded(text, DetectFormat(text.AsSpan(0, Math.Min(text.Length, SniffLength)), options), null, truncation);
            }
            catch (DecoderFallbackException ex)
            {
                return Fail(InputRules.UnreadableByteOrderMark, bomEncoding.WebName, ex.Index + bomLength);
            }
        }

        if (LooksBinary(bytes))
        {
            return Fail(InputRules.UnreadableBinary);
        }

        var format = options.Format;
        if (format == InputFormat.Auto)
        {
            format = LooksLikeHtml(bytes) ? InputFormat.Html : InputFormat.PlainText;
        }

        int invalidAt = FirstInvalidUtf8(bytes);
        if (format == InputFormat.Html && CharsetPrescan.Find(bytes[..Math.Min(bytes.Length, SniffLength)]) is { } label
            && Declared(label) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
        {
            // The declaration is checked against the bytes: a page that declares a legacy charset but whose bytes
            // are UTF-8 with multi-byte characters was re-saved as UTF-8 (decoding it as declared would garble every one).
            if (invalidAt < 0 && bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF))
            {
                return new Decoded(Encoding.UTF8.GetString(bytes), format, null, truncation);
            }

            try
            {
                return new Decoded(Strict(declared).GetString(bytes), format, null, truncation);
            }
            catch (DecoderFallbackException ex)
            {
                return Fail(InputRules.UnreadableDeclaredCharset, label, declared.WebName, ex.Index);
            }
        }

        if (invalidAt < 0)
        {
            return new Decoded(Encoding.UTF8.GetString(bytes), format, null, truncation);
        }

        if (format == InputFormat.Html)
        {
            // An undeclared (or wrongly declared) legacy page: its encoding from the detector, else what browsers
            // assume for an undeclared page, windows-1252, which decodes any byte.
            var encoding = Detect(bytes) ?? GetEncoding("windows-1252")!;
            return new Decoded(encoding.GetString(bytes), format, null, truncation);
        }

        return Fail(InputRules.UnreadableUtf8, bytes[invalidAt], invalidAt);
    }

    /// <summary>
    /// For reading a large input in parts: the encoding <see cref="Decode"/> would give an input that begins with
    /// <paramref name="head"/> when that input is plain text (UTF-8, or the encoding of its byte-order mark), strict
    /// (an invalid sequence throws), and the mark's length; null for anything else (empty or white space, binary,
    /// HTML, a format other than plain text in <paramref name="options"/>), which is read whole.
    /// </summary>
    internal static (Encoding Encoding, int BomLength)? PlainTextEncoding(ReadOnlySpan<byte> head, ReaderOptions options)
    {
        if (head.IsEmpty || IsAllWhiteSpace(head))
        {
            return null;
        }

        if (Bom(head) is var (bomEncoding, bomLength))
        {
            // Only the format is sniffed here: a character cut at the end of the head is replaced, not refused.
            string text = Encoding.GetEncoding(bomEncoding.CodePage).GetString(head[bomLength..]);
            return DetectFormat(text, options) == InputFormat.PlainText ? (bomEncoding, bomLength) : null;
        }

        if (LooksBinary(head))
        {
            return null;
        }

        var format = options.Format == InputFormat.Auto ? LooksLikeHtml(head) ? InputFormat.Html : InputFormat.PlainText : options.Format;
        return format == InputFormat.PlainText ? (new UTF8Encoding(false, true), 0) : null;
    }

    /// <summary>
    /// For reading a large HTML page in parts: the encoding <see cref="Decode"/> would give the whole of
    /// <paramref name="stream"/> (from its start; <paramref name="head"/> is its first bytes) when it is an HTML page,
    /// found as <see cref="Decode"/> finds it (a byte-order mark; else the declaration in the head, checked against the
    /// bytes; else UTF-8 when the bytes are; else the detector's guess on the first megabyte, else windows-1252) in
    /// chunks, and the length of the mark; or the reason the whole read refuses it (bytes its mark or its declared
    /// multi-byte charset do not follow); null for anything else (empty or white space, binary, plain text), which is
    /// read whole or as plain text. The stream's position is left anywhere.
    /// </summary>
    internal static (Encoding Encoding, int BomLength, Reason? Error)? HtmlStreamEncoding(Stream stream, ReadOnlySpan<byte> head, ReaderOptions options)
    {
        if (head.IsEmpty || IsAllWhiteSpace(head))
        {
            return null;
        }

        if (Bom(head) is var (bomEncoding, bomLength))
        {
            string text = Encoding.GetEncoding(bomEncoding.CodePage).GetString(head[bomLength..]);
            return DetectFormat(text, options) != InputFormat.Html ? null
                : Undecodable(stream, bomEncoding, bomLength) is { } offset ? (bomEncoding, bomLength, new Reason(InputRules.UnreadableByteOrderMark, [bomEncoding.WebName, offset]))
                : (bomEncoding, bomLength, null);
        }

        if (LooksBinary(head) || (options.Format == InputFormat.Auto ? !LooksLikeHtml(head) : options.Format != InputFormat.Html))
        {
            return null;
        }

        // One pass: is it UTF-8, and has it any byte past ASCII?
        stream.Position = 0;
        var first = new byte[Math.Min(stream.Length, 1 << 20)];
        stream.ReadExactly(first);
        stream.Position = 0;
        var chunk = new byte[1 << 20];
        bool utf8 = true, high = false;
        int kept = 0, n;
        while ((n = stream.Read(chunk, kept, chunk.Length - kept)) > 0 || kept > 0)
        {
            int length = kept + n;
            high |= chunk.AsSpan(0, length).ContainsAnyInRange((byte)0x80, (byte)0xFF);
            if (utf8 && FirstInvalidUtf8(chunk.AsSpan(0, length), n == 0) >= 0)
            {
                utf8 = false;
            }

            if (n == 0 || !utf8)
            {
                break;
            }

            // A character cut by the end of the chunk is read again with the next one.
            int cut = length;
            while (cut > 0 && length - cut < 3 && (chunk[cut - 1] & 0xC0) == 0x80)
            {
                cut--;
            }

            cut = cut > 0 && chunk[cut - 1] >= 0xC0 ? cut - 1 : length;
            kept = length - cut;
            chunk.AsSpan(cut, kept).CopyTo(chunk);
        }

        if (CharsetPrescan.Find(head[..Math.Min(head.Length, SniffLength)]) is { } label && Declared(label) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
        {
            if (utf8 && high)
            {
                return (Encoding.UTF8, 0, null);
            }

            var strict = Strict(declared);
            return !strict.IsSingleByte && Undecodable(stream, strict, 0) is { } offset
                ? (declared, 0, new Reason(InputRules.UnreadableDeclaredCharset, [label, declared.WebName, offset]))
                : (declared, 0, null);
        }

        return utf8 ? (Encoding.UTF8, 0, null) : (Detect(first) ?? GetEncoding("windows-1252")!, 0, null);
    }

    /// <summary>The byte offset at which <paramref name="stream"/> (from <paramref name="start"/>) stops being <paramref name="encoding"/> (which throws on invalid bytes), or null when it is valid throughout.</summary>
    private static long? Undecodable(Stream stream, Encoding encoding, int start)
    {
        stream.Position = start;
        var decoder = encoding.GetDecoder();
        var bytes = new byte[1 << 20];
        var chars = new char[encoding.GetMaxCharCount(bytes.Length)];
        long position = start;
        try
        {
            int n;
            while ((n = stream.Read(bytes)) > 0)
            {
                decoder.GetChars(bytes, 0, n, chars, 0, flush: false);
                position += n;
            }

            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return null;
        }
        catch (DecoderFallbackException ex)
        {
            return position + Math.Max(0, ex.Index);
        }
    }

    /// <summary>The byte offset of the first byte of <paramref name="bytes"/> that is not valid UTF-8 when more may follow, or -1 (an incomplete sequence at the end is left for the next bytes).</summary>
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, bool isFinalBlock)
    {
        int offset = FirstInvalidUtf8(bytes);
        if (offset < 0 || isFinalBlock)
        {
            return offset;
        }

        // Invalid or only cut short? A sequence cut by the end of the block is at most 3 bytes long.
        var status = Utf8.ToUtf16(bytes[offset..], new char[8], out _, out _, replaceInvalidSequences: false, isFinalBlock: false);
        return status == OperationStatus.NeedMoreData ? -1 : offset;
    }

    /// <summary>
    /// The encoding of an HTML page's <paramref name="bytes"/> that come with a charset <paramref name="label"/>
    /// from outside (an MHTML part's Content-Type) or none, chosen as for a saved page: the label, else the page's
    /// own declaration, checked against the bytes (UTF-8 bytes under a legacy label were re-saved as UTF-8);
    /// without either, UTF-8 when the bytes are UTF-8, else the detector's guess, else windows-1252. The encoding
    /// returned replaces what it cannot decode (a part of a page is read, not refused).
    /// </summary>
    internal static Encoding HtmlEncoding(ReadOnlySpan<byte> bytes, string? label)
    {
        label ??= CharsetPrescan.Find(bytes[..Math.Min(bytes.Length, SniffLength)]);
        bool utf8 = FirstInvalidUtf8(bytes) < 0;
        if (label is not null && Declared(label) is { } declared)
        {
            return declared.CodePage != Encoding.UTF8.CodePage && utf8 && bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF) ? Encoding.UTF8 : declared;
        }

        return utf8 ? Encoding.UTF8 : Detect(bytes) ?? GetEncoding("windows-1252")!;
    }

    /// <summary>The encoding a byte-order mark names and the mark's length; UTF-32 before UTF-16, whose mark is its prefix.</summary>
    private static (Encoding Encoding, int Length)? Bom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false, true), 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(false, false, true), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(true, false, true), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(false, false, true), 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(true, false, true), 2);
        }

        return null;
    }

    /// <summary>
    /// The encoding a declared label stands for, as the HTML standard reads it, or null for a label no
    /// encoding has (ignored, as browsers do). A declaration found in ASCII bytes cannot be UTF-16 or UTF-32
    /// (those would have NULs between the letters): such a label means UTF-8.
    /// </summary>
    private static Encoding? Declared(string label)
    {
        string name = label.Trim().ToLowerInvariant();
        if (name.StartsWith("utf-16", StringComparison.Ordinal) || name.StartsWith("utf-32", StringComparison.Ordinal)
            || name is "unicode" or "ucs-2" or "unicodefffe" or "csunicode" or "iso-10646-ucs-2")
        {
            return Encoding.UTF8;
        }

        return name == "x-user-defined" ? GetEncoding("windows-1252") : GetEncoding(name);
    }

    /// <summary>The encoding the detector finds for bytes that are not UTF-8, or null when it finds none it is confident of.</summary>
    private static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        // The first megabyte says as much as the whole and keeps detection cheap on a large page.
        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(bytes[..Math.Min(bytes.Length, 1 << 20)]).Detected;
        if (detected is null || detected.Confidence < 0.5f || detected.EncodingName is null)
        {
            return null;
        }

        var encoding = GetEncoding(detected.EncodingName);
        // Only ASCII-compatible legacy encodings: UTF-16/32 without a mark are refused as binary before this.
        return encoding is null || encoding is UTF8Encoding or UnicodeEncoding or UTF32Encoding ? null : encoding;
    }

    /// <summary>A multi-byte encoding that throws on an invalid sequence (a single-byte one decodes any byte).</summary>
    private static Encoding Strict(Encoding encoding)
    {
        if (encoding.IsSingleByte)
        {
            return encoding;
        }

        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        return strict;
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

    internal static ReadOnlySpan<byte> CutAtLineBreak(ReadOnlySpan<byte> bytes, int limit)
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

    /// <summary>True when the first bytes of an input (without a byte-order mark) look like an HTML page.</summary>
    internal static bool HtmlHead(ReadOnlySpan<byte> head)
    {
        if (Bom(head) is var (encoding, length))
        {
            return LooksLikeHtml(Encoding.GetEncoding(encoding.CodePage).GetString(head[length..]));
        }

        return !head.IsEmpty && !IsAllWhiteSpace(head) && !LooksBinary(head) && LooksLikeHtml(head);
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
