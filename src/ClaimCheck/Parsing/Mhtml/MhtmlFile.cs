using System.Text;
using ClaimCheck.Text;
using MimeKit;

namespace ClaimCheck.Parsing.Mhtml;

/// <summary>
/// The HTML page inside an MHTML file (a browser's "single file" save: a MIME multipart/related message whose
/// root part is the page, the other parts its images and styles). MimeKit reads the MIME structure (headers,
/// boundaries, parameters, charsets) and says where each part's body lies in the file (its parser's entity
/// offsets); the body is decoded here, quoted-printable or base64, because MimeKit's decoders keep no map from
/// decoded bytes back to the file, which a finding's line and column need. The page's text maps to the file:
/// exactly for quoted-printable and unencoded parts, to the encoded line for base64 (whose columns mean nothing
/// to a reader). Columns count bytes of the file, which are ASCII in quoted-printable and base64 parts.
/// </summary>
internal static class MhtmlFile
{
    private const int SniffLength = 8192;

    /// <summary>The page's HTML, a map from its characters to the file's bytes, and where the file's lines start (bytes).</summary>
    internal sealed record HtmlPart(string Html, SourceMap Map, int[] FileLineStarts);

    /// <summary>The HTML part, or, when there is none to read, what the file has instead.</summary>
    internal readonly record struct Extracted(HtmlPart? Part, string? Problem);

    /// <summary>
    /// True when <paramref name="bytes"/> start with a MIME header block (the first line a header field) whose
    /// Content-Type is multipart, or <c>message/rfc822</c>, as an MHTML file's does whatever saved it.
    /// </summary>
    internal static bool LooksLikeMhtml(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, SniffLength)];
        bool first = true;
        bool contentType = false;
        while (!head.IsEmpty)
        {
            int end = head.IndexOf((byte)'\n');
            var line = end < 0 ? head : head[..end];
            head = end < 0 ? default : head[(end + 1)..];
            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.IsEmpty)
            {
                return false;
            }

            bool continuation = line[0] is (byte)' ' or (byte)'\t';
            if (continuation && !first)
            {
                if (contentType && IsMultipart(line))
                {
                    return true;
                }

                continue;
            }

            int colon = line.IndexOf((byte)':');
            if (continuation || colon <= 0 || line[..colon].IndexOfAnyExcept(HeaderNameBytes) >= 0)
            {
                return false;
            }

            first = false;
            contentType = Ascii.EqualsIgnoreCase(line[..colon], "Content-Type"u8);
            if (contentType && IsMultipart(line[(colon + 1)..]))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<byte> HeaderNameBytes => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"u8;

    private static bool IsMultipart(ReadOnlySpan<byte> value)
    {
        var text = Encoding.ASCII.GetString(value).TrimStart();
        return text.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) || text.StartsWith("message/rfc822", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Finds and decodes the page of the MHTML file <paramref name="bytes"/>.</summary>
    internal static Extracted Extract(byte[] bytes)
    {
        var offsets = new Dictionary<MimeEntity, (long HeadersEnd, long End)>(ReferenceEqualityComparer.Instance);
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            // Persistent: the parts' bodies stay in the file's bytes (no copies); depth capped against hostile nesting.
            var parser = new MimeParser(new ParserOptions { MaxMimeDepth = 32 }, stream, persistent: true);
            parser.MimeEntityEnd += (_, e) => offsets[e.Entity] = (e.HeadersEndOffset, e.EndOffset);
            message = parser.ParseMessage();
        }
        catch (FormatException ex)
        {
            return new Extracted(null, $"not a MIME message: {ex.Message}");
        }

        if (message.Body is null)
        {
            return new Extracted(null, "no MIME body");
        }

        if (FindPage(message.Body) is not { } page)
        {
            return new Extracted(null, Describe(message.Body));
        }

        if (!offsets.TryGetValue(page, out var range) || range.HeadersEnd > range.End || range.End > bytes.Length)
        {
            return new Extracted(null, "the HTML part's body could not be located");
        }

        int start = BodyStart(bytes, (int)range.HeadersEnd, (int)range.End);
        var (decoded, sources) = page.ContentTransferEncoding switch
        {
            ContentEncoding.QuotedPrintable => DecodeQuotedPrintable(bytes, start, (int)range.End),
            ContentEncoding.Base64 => DecodeBase64(bytes, start, (int)range.End),
            _ => Copy(bytes, start, (int)range.End),
        };

        var encoding = InputDecoder.HtmlEncoding(decoded, page.ContentType.Charset);
        var (html, charSources) = DecodeChars(decoded, sources, encoding);
        var lineStarts = LineStarts(bytes);
        return new Extracted(new HtmlPart(html, Compress(charSources, page.ContentTransferEncoding == ContentEncoding.Base64, lineStarts), lineStarts), null);
    }

    /// <summary>
    /// The page: the root of a multipart/related (the part its <c>start</c> parameter names, else the first),
    /// followed into nested multiparts; when the root is no HTML, the first text/html part anywhere.
    /// </summary>
    private static MimePart? FindPage(MimeEntity body)
    {
        var root = body;
        while (root is Multipart multipart && multipart.Count > 0)
        {
            string? start = multipart.ContentType.Parameters.TryGetValue("start", out string? value) ? value.Trim('<', '>', ' ') : null;
            root = (start is null ? null : multipart.FirstOrDefault(p => string.Equals(p.ContentId, start, StringComparison.Ordinal))) ?? multipart[0];
        }

        if (root is MimePart part && IsHtml(part))
        {
            return part;
        }

        return All(body).OfType<MimePart>().FirstOrDefault(IsHtml);
    }

    private static bool IsHtml(MimePart part) => part.ContentType.IsMimeType("text", "html") || part.ContentType.IsMimeType("application", "xhtml+xml");

    private static IEnumerable<MimeEntity> All(MimeEntity entity)
    {
        yield return entity;
        if (entity is Multipart multipart)
        {
            foreach (var child in multipart.SelectMany(All))
            {
                yield return child;
            }
        }
    }

    /// <summary>What a file without an HTML part has instead, for the message.</summary>
    private static string Describe(MimeEntity body)
    {
        if (body is Multipart { Count: 0 } empty)
        {
            return $"its {empty.ContentType.MimeType} body has no parts: the boundary \"{empty.Boundary}\" never starts one";
        }

        var types = All(body).OfType<MimePart>().Select(p => p.ContentType.MimeType.ToLowerInvariant()).Distinct().Take(6).ToList();
        return types.Count == 0 ? "it has no parts" : "its parts are " + string.Join(", ", types);
    }

    /// <summary>Where a part's body starts: after the blank line that ends its headers.</summary>
    private static int BodyStart(byte[] bytes, int headersEnd, int end)
    {
        if (headersEnd < end && bytes[headersEnd] == (byte)'\r' && headersEnd + 1 < end && bytes[headersEnd + 1] == (byte)'\n')
        {
            return headersEnd + 2;
        }

        return headersEnd < end && bytes[headersEnd] == (byte)'\n' ? headersEnd + 1 : headersEnd;
    }

    private static (byte[] Bytes, int[] Sources) Copy(byte[] bytes, int start, int end)
    {
        var sources = new int[end - start];
        for (int i = 0; i < sources.Length; i++)
        {
            sources[i] = start + i;
        }

        return (bytes[start..end], sources);
    }

    /// <summary>Decodes quoted-printable (RFC 2045): <c>=XX</c> is a byte, <c>=</c> at a line end a soft break; each byte keeps the offset it came from.</summary>
    internal static (byte[] Bytes, int[] Sources) DecodeQuotedPrintable(byte[] bytes, int start, int end)
    {
        // Decoding never lengthens: arrays of the encoded length, trimmed at the end (a list's doublings would cost more).
        var output = new byte[end - start];
        var sources = new int[end - start];
        int n = 0;
        int i = start;
        while (i < end)
        {
            byte b = bytes[i];
            if (b == (byte)'=')
            {
                if (i + 2 < end && HexValue(bytes[i + 1]) is int high && HexValue(bytes[i + 2]) is int low)
                {
                    output[n] = (byte)((high << 4) | low);
                    sources[n++] = i;
                    i += 3;
                    continue;
                }

                // A soft line break, possibly with white space a mailer left before it.
                int j = i + 1;
                while (j < end && bytes[j] is (byte)' ' or (byte)'\t')
                {
                    j++;
                }

                if (j >= end || bytes[j] is (byte)'\r' or (byte)'\n')
                {
                    i = j < end && bytes[j] == (byte)'\r' && j + 1 < end && bytes[j + 1] == (byte)'\n' ? j + 2 : Math.Min(end, j + 1);
                    continue;
                }
            }

            output[n] = b;
            sources[n++] = i;
            i++;
        }

        Array.Resize(ref output, n);
        Array.Resize(ref sources, n);
        return (output, sources);
    }

    private static int? HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        _ => null,
    };

    /// <summary>Decodes base64, skipping line breaks and anything outside the alphabet; each byte keeps the offset of its group of four.</summary>
    internal static (byte[] Bytes, int[] Sources) DecodeBase64(byte[] bytes, int start, int end)
    {
        var output = new byte[((end - start) / 4 * 3) + 3];
        var sources = new int[output.Length];
        int n = 0;
        int accumulator = 0, count = 0, group = start;
        for (int i = start; i < end; i++)
        {
            int value = Base64Value(bytes[i]);
            if (value < 0)
            {
                if (bytes[i] == (byte)'=')
                {
                    n = Flush(output, sources, n, accumulator, count, group);
                    accumulator = count = 0;
                }

                continue;
            }

            if (count == 0)
            {
                group = i;
            }

            accumulator = (accumulator << 6) | value;
            if (++count == 4)
            {
                n = Flush(output, sources, n, accumulator, count, group);
                accumulator = count = 0;
            }
        }

        n = Flush(output, sources, n, accumulator, count, group);
        Array.Resize(ref output, n);
        Array.Resize(ref sources, n);
        return (output, sources);
    }

    /// <summary>Writes the bytes of a group of <paramref name="count"/> sextets at <paramref name="n"/> (4 give 3 bytes, 3 give 2, 2 give 1); returns the new length.</summary>
    private static int Flush(byte[] output, int[] sources, int n, int accumulator, int count, int group)
    {
        if (count < 2)
        {
            return n;
        }

        accumulator <<= 6 * (4 - count);
        for (int k = 0; k < count - 1; k++)
        {
            output[n] = (byte)(accumulator >> (16 - (8 * k)));
            sources[n++] = group;
        }

        return n;
    }

    private static int Base64Value(byte b) => b switch
    {
        >= (byte)'A' and <= (byte)'Z' => b - 'A',
        >= (byte)'a' and <= (byte)'z' => b - 'a' + 26,
        >= (byte)'0' and <= (byte)'9' => b - '0' + 52,
        (byte)'+' => 62,
        (byte)'/' => 63,
        _ => -1,
    };

    /// <summary>Decodes the part's bytes in its charset; each character keeps the offset of the first byte of its sequence. A byte-order mark is dropped.</summary>
    private static (string Text, int[] Sources) DecodeChars(byte[] bytes, int[] byteSources, Encoding encoding)
    {
        int skip = encoding.CodePage == Encoding.UTF8.CodePage && bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (encoding.IsSingleByte)
        {
            string single = encoding.GetString(bytes, skip, bytes.Length - skip);
            if (single.Length == bytes.Length - skip)
            {
                return (single, byteSources[skip..]);
            }
        }

        if (encoding.CodePage == Encoding.UTF8.CodePage && System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(skip)))
        {
            return (Encoding.UTF8.GetString(bytes, skip, bytes.Length - skip), Utf8Sources(bytes, skip, byteSources));
        }

        // A decoder fed byte by byte says which bytes made each character, whatever the encoding.
        var decoder = encoding.GetDecoder();
        var text = new StringBuilder(bytes.Length);
        var sources = new List<int>(bytes.Length);
        var chars = new char[encoding.GetMaxCharCount(1) + 2];
        int sequence = skip;
        for (int i = skip; i < bytes.Length; i++)
        {
            int n = decoder.GetChars(bytes, i, 1, chars, 0, flush: i == bytes.Length - 1);
            if (n > 0)
            {
                text.Append(chars, 0, n);
                for (int k = 0; k < n; k++)
                {
                    sources.Add(byteSources[Math.Min(sequence, i)]);
                }

                sequence = i + 1;
            }
        }

        return (text.ToString(), [.. sources]);
    }

    /// <summary>The source of each UTF-16 unit of valid UTF-8 <paramref name="bytes"/>: its sequence's first byte's (a four-byte sequence gives two units).</summary>
    private static int[] Utf8Sources(byte[] bytes, int skip, int[] byteSources)
    {
        var sources = new int[bytes.Length - skip];
        int n = 0;
        for (int i = skip; i < bytes.Length;)
        {
            byte lead = bytes[i];
            int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            sources[n++] = byteSources[i];
            if (length == 4)
            {
                sources[n++] = byteSources[i];
            }

            i += length;
        }

        Array.Resize(ref sources, n);
        return sources;
    }

    /// <summary>Offsets (bytes) at which the file's lines start: after \n, \r\n or a lone \r, as <see cref="SourceText"/> counts them.</summary>
    private static int[] LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b == (byte)'\n' || (b == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    /// <summary>
    /// The map from the page's characters to the file: one segment per run of characters whose bytes follow one
    /// another in the file; in a base64 part, one per encoded line (its characters all map to the line's start).
    /// </summary>
    private static SourceMap Compress(int[] sources, bool base64, int[] lineStarts)
    {
        var textStarts = new List<int>();
        var originalStarts = new List<int>();
        var originalLengths = new List<int>();
        int segmentLine = -1;
        for (int k = 0; k < sources.Length; k++)
        {
            int source = sources[k];
            if (textStarts.Count > 0)
            {
                int run = k - textStarts[^1];
                if (!base64 && source == originalStarts[^1] + run && originalLengths[^1] == run)
                {
                    originalLengths[^1] = run + 1;
                    continue;
                }

                if (base64 && LineOf(lineStarts, source) == segmentLine)
                {
                    continue;
                }
            }

            textStarts.Add(k);
            originalStarts.Add(source);
            originalLengths.Add(1);
            segmentLine = base64 ? LineOf(lineStarts, source) : -1;
        }

        return new SourceMap([.. textStarts], [.. originalStarts], [.. originalLengths]);
    }

    private static int LineOf(int[] lineStarts, int offset)
    {
        int line = Array.BinarySearch(lineStarts, offset);
        return line < 0 ? ~line - 1 : line;
    }
}
