using System.Globalization;
using System.Collections.Immutable;
using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Parsing.Html;
using ClaimCheck.Parsing.Layout;
using ClaimCheck.Parsing.Mhtml;
using ClaimCheck.Parsing.Pdf;
using ClaimCheck.Parsing.PlainText;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing;

/// <summary>
/// Reads saved pages (files, bytes or strings) into <see cref="ThreadDocument"/>s: decodes, decides
/// between HTML and plain text, and parses. Never fetches anything. Ordinary bad input (missing,
/// empty, binary, undecodable, oversized) gives a <see cref="ReadResult"/> with a CC9002 or CC9003
/// finding, not an exception. Immutable and thread-safe.
/// </summary>
public sealed class ThreadReader
{
    /// <summary>The findings reading raises (CC9002 in each of its wordings, CC9003), for the rule catalogue.</summary>
    internal static ImmutableArray<RuleDescriptor> SupportedRules { get; } =
    [
        InputRules.Unreadable, InputRules.UnreadableDirectory, InputRules.UnreadableMissing, InputRules.UnreadableEmpty, InputRules.UnreadableBinary,
        InputRules.UnreadableByteOrderMark, InputRules.UnreadableDeclaredCharset, InputRules.UnreadableNotRegular, InputRules.UnreadableUtf8, InputRules.OverSizeLimit, InputRules.NestingFlattened,
        InputRules.UnreadablePdfOverLimit, InputRules.UnreadablePdfEncrypted, InputRules.UnreadablePdfCorrupt, InputRules.UnreadableMhtmlNoHtml, InputRules.NoTextLayer, InputRules.NoPostsFound,
        InputRules.CheckedInParts, InputRules.OverSizeLimitNotPlainText, InputRules.CheckedInPartsHtml, InputRules.OverSizeLimitCharacters, InputRules.OverSizeLimitElement,
    ];

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Limits and choices; <see cref="ReaderOptions.Default"/> when null.</param>
    public ThreadReader(ReaderOptions? options = null) => Options = options ?? ReaderOptions.Default;

    /// <summary>The options in force.</summary>
    public ReaderOptions Options { get; }

    /// <summary>Reads and parses the file at <paramref name="path"/>, reading at most <see cref="ReaderOptions.MaxInputBytes"/> bytes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public ReadResult ReadFile(string path) => ReadFile(path, InputRules.OverSizeLimit);

    /// <summary>As <see cref="ReadFile(string)"/>, with <paramref name="overSizeLimit"/> as CC9003's wording for decoded text.</summary>
    internal ReadResult ReadFile(string path, RuleDescriptor overSizeLimit)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (RefuseUnopened(path) is { } refused)
        {
            return refused;
        }

        byte[] buffer;
        long total;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            total = stream.Length;
            // One byte past the limit tells the decoder the input goes on.
            int want = (int)Math.Min(total, Math.Min(Options.MaxInputBytes + 1, Array.MaxLength));
            buffer = new byte[want];
            stream.ReadExactly(buffer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // NotSupportedException: replaced by a pipe after it was examined (no length).
            return ReadResult.Failed(path, InputRules.Unreadable, ex.Message);
        }

        if (ReadSavedForm(buffer, total, path) is { } saved)
        {
            return saved;
        }

        var decoded = InputDecoder.Decode(buffer, total, Options);
        if (decoded.Truncation is { } truncation)
        {
            decoded = decoded with { Truncation = truncation with { Descriptor = overSizeLimit } };
        }

        // The bytes are done with once decoded: dropping them here keeps a large file's bytes and its text from both being alive while it is parsed.
        buffer = null!;
        return decoded.Text is null ? ReadResult.Failed(path, decoded.Error!.Value.Descriptor, decoded.Error.Value.Args) : Parsed(path, decoded);
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/> asynchronously, then parses it (on the calling thread) as
    /// <see cref="ReadFile(string)"/> does.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ReadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (RefuseUnopened(path) is { } refused)
        {
            return refused;
        }

        LimitedInput input;
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous | FileOptions.SequentialScan);
            input = await ReadLimitedAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return ReadResult.Failed(path, InputRules.Unreadable, ex.Message);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Read(input.Bytes, path, input.Total);
    }

    /// <summary>
    /// Reads <paramref name="stream"/> from its position to its end and parses it: at most
    /// <see cref="ReaderOptions.MaxInputBytes"/> bytes are kept (the rest is counted for the CC9003 note).
    /// The stream is not closed.
    /// </summary>
    /// <param name="stream">A readable stream.</param>
    /// <param name="path">The path to report, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public ReadResult ReadStream(Stream stream, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var input = new LimitedInput(Options.MaxInputBytes);
        int n;
        while ((n = stream.Read(input.Next.Span)) > 0)
        {
            input.Advance(n);
        }

        return Read(input.Bytes, path, input.Total);
    }

    /// <summary>Reads <paramref name="stream"/> asynchronously, then parses it as <see cref="ReadStream(Stream, string?)"/> does. The stream is not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ReadResult> ReadStreamAsync(Stream stream, string? path = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var input = await ReadLimitedAsync(stream, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return Read(input.Bytes, path, input.Total);
    }

    private async Task<LimitedInput> ReadLimitedAsync(Stream stream, CancellationToken cancellationToken)
    {
        var input = new LimitedInput(Options.MaxInputBytes);
        int n;
        while ((n = await stream.ReadAsync(input.Next, cancellationToken).ConfigureAwait(false)) > 0)
        {
            input.Advance(n);
        }

        return input;
    }

    /// <summary>
    /// An input read in chunks: the first limit + 1 bytes are kept (one past the limit tells the decoder the
    /// input goes on), the rest only counted, so that a huge stream costs no more memory than the limit.
    /// </summary>
    private sealed class LimitedInput(long maxInputBytes)
    {
        private const int Chunk = 81920;
        private readonly int _keep = (int)Math.Min(maxInputBytes + 1, Array.MaxLength);
        private byte[] _buffer = new byte[Chunk];
        private byte[]? _scratch;
        private int _length;

        /// <summary>Where the next read goes.</summary>
        internal Memory<byte> Next
        {
            get
            {
                if (_length == _buffer.Length && _length < _keep)
                {
                    Array.Resize(ref _buffer, (int)Math.Min(2L * _buffer.Length, _keep));
                }

                return _length < _buffer.Length ? _buffer.AsMemory(_length, Math.Min(Chunk, _buffer.Length - _length)) : (_scratch ??= new byte[Chunk]);
            }
        }

        /// <summary>The bytes kept.</summary>
        internal ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, _length);

        /// <summary>The input's whole length.</summary>
        internal long Total { get; private set; }

        /// <summary>Records a read of <paramref name="count"/> bytes into <see cref="Next"/>.</summary>
        internal void Advance(int count)
        {
            Total += count;
            if (_length < _buffer.Length)
            {
                _length += count;
            }
        }
    }

    /// <summary>Decodes and parses <paramref name="bytes"/> (the whole input).</summary>
    /// <param name="bytes">The input's bytes.</param>
    /// <param name="path">The path to report, or null.</param>
    public ReadResult Read(ReadOnlySpan<byte> bytes, string? path = null) => Read(bytes, path, bytes.Length);

    /// <summary>
    /// Opens the file at <paramref name="path"/> to be read in parts when it is plain text (decided from its first
    /// bytes as <see cref="ReadFile(string)"/> decides) of at most <see cref="int.MaxValue"/> bytes, after one pass
    /// over all of it that refuses it as <see cref="ReadFile(string)"/> would (invalid UTF-8, a byte-order mark its
    /// bytes do not follow). Gives the decoded text to read (the caller disposes it), or the failed result, or
    /// neither when the file is to be read whole (HTML, PDF, MHTML, binary, empty: <c>NotPlainText</c>; or larger).
    /// </summary>
    internal (TextReader? Text, ReadResult? Failed, bool NotPlainText) OpenPlainText(string path)
    {
        if (RefuseUnopened(path) is { } refused)
        {
            return (null, refused, false);
        }

        FileStream? stream = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var head = new byte[(int)Math.Min(stream.Length, 1 << 16)];
            stream.ReadExactly(head);
            if (stream.Length > int.MaxValue)
            {
                stream.Dispose();
                return (null, null, false);
            }

            if (Options.Format is InputFormat.Pdf or InputFormat.Mhtml || PdfText.LooksLikePdf(head) || MhtmlFile.LooksLikeMhtml(head)
                || InputDecoder.PlainTextEncoding(head, Options) is not var (encoding, bomLength))
            {
                stream.Dispose();
                return (null, null, true);
            }

            stream.Position = bomLength;
            if (FirstUndecodable(stream, encoding, bomLength) is { } failed)
            {
                stream.Dispose();
                return (null, ReadResult.Failed(path, failed.Descriptor, failed.Args), false);
            }

            stream.Position = bomLength;
            return (new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: false), null, false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            stream?.Dispose();
            return (null, ReadResult.Failed(path, InputRules.Unreadable, ex.Message), false);
        }
    }

    /// <summary>
    /// Opens the file at <paramref name="path"/> to be read in parts when it is an HTML page (decided and decoded as
    /// <see cref="ReadFile(string)"/> decides, the encoding found in one pass over the bytes) or an MHTML file (its HTML
    /// part, decoded whole) of more than <paramref name="wholeBelow"/> bytes and at most <see cref="int.MaxValue"/>: gives
    /// the page's text to read (the caller disposes it) and, for MHTML, the part with its map to the file; or the failed
    /// result; or neither when the file is read whole.
    /// </summary>
    internal (TextReader? Text, MhtmlFile.HtmlPart? Mhtml, ReadResult? Failed) OpenHtml(string path, long wholeBelow)
    {
        if (RefuseUnopened(path) is { } refused)
        {
            return (null, null, refused);
        }

        FileStream? stream = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            if (stream.Length <= wholeBelow || stream.Length > int.MaxValue)
            {
                stream.Dispose();
                return (null, null, null);
            }

            var head = new byte[(int)Math.Min(stream.Length, 1 << 16)];
            stream.ReadExactly(head);
            if (Options.Format == InputFormat.Pdf || (Options.Format == InputFormat.Auto && PdfText.LooksLikePdf(head)))
            {
                stream.Dispose();
                return (null, null, null);
            }

            if (Options.Format == InputFormat.Mhtml || (Options.Format == InputFormat.Auto && MhtmlFile.LooksLikeMhtml(head)))
            {
                var bytes = new byte[stream.Length];
                stream.Position = 0;
                stream.ReadExactly(bytes);
                stream.Dispose();
                var extracted = MhtmlFile.Extract(bytes);
                return extracted.Part is { } part
                    ? (new StringReader(part.Html), part, null)
                    : (null, null, ReadResult.Failed(path, InputRules.UnreadableMhtmlNoHtml, extracted.Problem!));
            }

            if (InputDecoder.HtmlStreamEncoding(stream, head, Options) is not var (encoding, bomLength, error))
            {
                stream.Dispose();
                return (null, null, null);
            }

            if (error is { } reason)
            {
                stream.Dispose();
                return (null, null, ReadResult.Failed(path, reason.Descriptor, reason.Args));
            }

            stream.Position = bomLength;
            return (new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: false), null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            stream?.Dispose();
            return (null, null, ReadResult.Failed(path, InputRules.Unreadable, ex.Message));
        }
    }

    /// <summary>
    /// The format <see cref="ReadFile(string)"/> reads the file at <paramref name="path"/> as: <see cref="Options"/>' format
    /// when it names one, else from the file's first bytes (<see cref="InputFormat.Pdf"/>, <see cref="InputFormat.Mhtml"/>,
    /// <see cref="InputFormat.Html"/> or <see cref="InputFormat.PlainText"/>); <see cref="InputFormat.Auto"/> when the file
    /// cannot be read or is empty, white space or binary (refused when read). Reads at most 64 KiB.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public InputFormat DetectFormat(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Options.Format != InputFormat.Auto)
        {
            return Options.Format;
        }

        if (RefuseUnopened(path) is not null)
        {
            return InputFormat.Auto;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var head = new byte[(int)Math.Min(stream.Length, 1 << 16)];
            stream.ReadExactly(head);
            return PdfText.LooksLikePdf(head) ? InputFormat.Pdf
                : MhtmlFile.LooksLikeMhtml(head) ? InputFormat.Mhtml
                : InputDecoder.PlainTextEncoding(head, Options) is not null ? InputFormat.PlainText
                : InputDecoder.HtmlHead(head) ? InputFormat.Html
                : InputFormat.Auto;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return InputFormat.Auto;
        }
    }

    /// <summary>
    /// Parses one part of an HTML page cut by <see cref="HtmlParts"/> (its prefix of head and open elements, then its own
    /// markup) as an HTML page, and places its text: positions are the whole page's (through <paramref name="mhtml"/>'s map,
    /// the MHTML file's), the text follows <paramref name="textOffset"/> characters of the parts before, the posts are
    /// numbered after <paramref name="postsBefore"/>, and a title or forum the part does not give is the first part's.
    /// After parts read as a forum thread (<paramref name="inThread"/>), a part in which no post is found is the thread
    /// page's chrome (its footer, say), which a whole read leaves out: a thread without posts.
    /// </summary>
    internal ThreadDocument ParseHtmlPart(HtmlParts.Part part, string? path, ImmutableArray<Finding> findings, int textOffset, int postsBefore, string? title, string? forum, bool inThread, MhtmlFile.HtmlPart? mhtml)
    {
        var html = Parse(part.Html, path, InputFormat.Html, null, findings);
        int length = part.Html.Length - part.PrefixLength;
        int start = mhtml is null ? 0 : part.Offset;
        // The prefix stands for the part's start; the part's own markup for itself.
        var outer = part.PrefixLength == 0
            ? new SourceMap([0], [start], [length + 1])
            : new SourceMap([0, part.PrefixLength], [start, start], [1, length + 1]);
        var source = mhtml is null
            ? SourceText.ForHtmlPart(html.Source, outer, SourceText.ComputeLineStarts(part.Text), part.LinesBefore, part.ColumnsBefore, textOffset)
            : SourceText.ForHtmlPart(html.Source, outer.Then(mhtml.Map), mhtml.FileLineStarts, 0, 0, textOffset);
        var posts = postsBefore == 0 ? html.Posts : [.. html.Posts.Select(p => p with { Index = p.Index + postsBefore })];
        var kind = html.Kind;
        var inputFindings = html.InputFindings.Select(f => Relocated(f, source));
        if (inThread && kind != DocumentKind.ForumThread)
        {
            (kind, posts) = (DocumentKind.ForumThread, []);
            inputFindings = inputFindings.Where(f => f.Id != RuleIds.NoPostsFound);
        }

        return new ThreadDocument(source, kind, part.Index == 0 ? html.Title : title ?? html.Title, part.Index == 0 ? html.Forum : forum ?? html.Forum, posts, [.. inputFindings]);
    }

    /// <summary>Why <paramref name="stream"/> (from its position, <paramref name="start"/> in the file, to its end) cannot be decoded with <paramref name="encoding"/>, or null when it can; read in chunks.</summary>
    private static InputDecoder.Reason? FirstUndecodable(Stream stream, Encoding encoding, int start)
    {
        var bytes = new byte[1 << 20];
        long position = start;
        int kept = 0;
        if (encoding is UTF8Encoding && start == 0)
        {
            // No byte-order mark: the offending byte and its offset, as the whole file's refusal names them.
            int n;
            while ((n = stream.Read(bytes, kept, bytes.Length - kept)) > 0 || kept > 0)
            {
                int length = kept + n;
                bool final = n == 0;
                int invalid = InputDecoder.FirstInvalidUtf8(bytes.AsSpan(0, length), final);
                if (invalid >= 0)
                {
                    return new InputDecoder.Reason(InputRules.UnreadableUtf8, [bytes[invalid], position + invalid]);
                }

                if (final)
                {
                    break;
                }

                // A character cut by the end of the chunk is read again with the next one.
                int cut = length;
                while (cut > 0 && length - cut < 3 && (bytes[cut - 1] & 0xC0) == 0x80)
                {
                    cut--;
                }

                cut = cut > 0 && bytes[cut - 1] >= 0xC0 ? cut - 1 : length;
                kept = length - cut;
                bytes.AsSpan(cut, kept).CopyTo(bytes);
                position += cut;
            }

            return null;
        }

        var decoder = encoding.GetDecoder();
        var chars = new char[encoding.GetMaxCharCount(bytes.Length)];
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
            return new InputDecoder.Reason(InputRules.UnreadableByteOrderMark, [encoding.WebName, position + Math.Max(0, ex.Index)]);
        }
    }

    /// <summary>
    /// The failed result for a path that is no regular, accessible file, examined before it is opened: opening a
    /// named pipe waits for a writer, and a device or socket is no page. Null when the file may be opened.
    /// </summary>
    private static ReadResult? RefuseUnopened(string path)
    {
        var status = FileProbe.Get(path, followLinks: true);
        return status.Kind switch
        {
            FileProbe.Kind.Regular => null,
            FileProbe.Kind.Directory => ReadResult.Failed(path, InputRules.UnreadableDirectory),
            FileProbe.Kind.Missing => ReadResult.Failed(path, InputRules.UnreadableMissing),
            FileProbe.Kind.Inaccessible => ReadResult.Failed(path, InputRules.Unreadable, status.Error ?? "access denied"),
            _ => ReadResult.Failed(path, InputRules.UnreadableNotRegular, FileProbe.Describe(status.Kind)),
        };
    }

    private ReadResult Read(ReadOnlySpan<byte> bytes, string? path, long totalLength)
    {
        if (ReadSavedForm(bytes, totalLength, path) is { } saved)
        {
            return saved;
        }

        var decoded = InputDecoder.Decode(bytes, totalLength, Options);
        return decoded.Text is null ? ReadResult.Failed(path, decoded.Error!.Value.Descriptor, decoded.Error.Value.Args) : Parsed(path, decoded);
    }

    private ReadResult Parsed(string? path, InputDecoder.Decoded decoded)
    {
        var document = Parse(decoded.Text!, path, decoded.Format, decoded.Truncation);
        return new ReadResult(path, document, document.InputFindings);
    }

    /// <summary>
    /// Reads a PDF or an MHTML file (<see cref="Options"/>' format, else by content: the PDF header, a MIME
    /// header block with a multipart Content-Type); null for any other input, which is decoded as text.
    /// </summary>
    private ReadResult? ReadSavedForm(ReadOnlySpan<byte> bytes, long totalLength, string? path)
    {
        if (totalLength == 0)
        {
            return null;
        }

        var format = Options.Format;
        if (format == InputFormat.Auto)
        {
            format = PdfText.LooksLikePdf(bytes) ? InputFormat.Pdf : MhtmlFile.LooksLikeMhtml(bytes) ? InputFormat.Mhtml : InputFormat.Auto;
        }

        return format switch
        {
            InputFormat.Pdf => ReadPdf(bytes, totalLength, path),
            InputFormat.Mhtml => ReadMhtml(bytes, totalLength, path),
            _ => null,
        };
    }

    private ReadResult ReadPdf(ReadOnlySpan<byte> bytes, long totalLength, string? path)
    {
        if (totalLength > Options.MaxInputBytes)
        {
            return ReadResult.Failed(path, InputRules.UnreadablePdfOverLimit, totalLength, Options.MaxInputBytes);
        }

        var extracted = PdfText.Extract(bytes.ToArray(), path);
        if (extracted.Source is not { } source)
        {
            return ReadResult.Failed(path, extracted.Error!, extracted.Args);
        }

        // A paper, not a thread: its blocks are read as an article page's, between whatever running heads it has.
        var document = PagePartitioner.Parse(source, TextLines.Split(source.Text), []);
        return new ReadResult(path, document, document.InputFindings);
    }

    private ReadResult ReadMhtml(ReadOnlySpan<byte> bytes, long totalLength, string? path)
    {
        ImmutableArray<Finding> findings = [];
        if (bytes.Length > Options.MaxInputBytes)
        {
            bytes = InputDecoder.CutAtLineBreak(bytes, (int)Math.Min(Options.MaxInputBytes, int.MaxValue));
        }

        if (totalLength > bytes.Length)
        {
            findings = [Finding.Create(InputRules.OverSizeLimit, Location.ForFile(path), totalLength, Options.MaxInputBytes, bytes.Length)];
        }

        var extracted = MhtmlFile.Extract(bytes.ToArray());
        if (extracted.Part is not { } part)
        {
            return ReadResult.Failed(path, InputRules.UnreadableMhtmlNoHtml, extracted.Problem!);
        }

        var html = Parse(part.Html, path, InputFormat.Html, null);
        // The page's positions are those of the HTML part; mapped once more, they are the MHTML file's.
        var source = html.Source.Remap(part.Map, part.FileLineStarts, path);
        findings = findings.AddRange(html.InputFindings.Select(f => Relocated(f, source)));
        var document = new ThreadDocument(source, html.Kind, html.Title, html.Forum, html.Posts, findings);
        return new ReadResult(path, document, document.InputFindings);
    }

    /// <summary>A finding of the HTML parse with its locations in <paramref name="source"/> (those of the whole input stay).</summary>
    private static Finding Relocated(Finding finding, SourceText source)
    {
        Location Move(Location l) => l.Span.IsEmpty && l.Text.Length == 0 ? l : Location.In(source, l.Span);
        return finding with { Location = Move(finding.Location), AdditionalLocations = [.. finding.AdditionalLocations.Select(Move)] };
    }

    /// <summary>Parses text that is already decoded. Never fails: any text gives a document.</summary>
    /// <param name="text">The page's text (HTML or plain text).</param>
    /// <param name="path">The path to report, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ThreadDocument Parse(string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var format = Options.Format;
        if (format is InputFormat.Pdf or InputFormat.Mhtml)
        {
            // Those forms are read from their bytes; text said to be one of them is read as what text can be.
            format = InputFormat.Auto;
        }

        if (format == InputFormat.Auto)
        {
            format = text.AsSpan(0, Math.Min(text.Length, 8192)).TrimStart().StartsWith('<') && InputDecoder.LooksLikeHtmlText(text) ? InputFormat.Html : InputFormat.PlainText;
        }

        return Parse(text, path, format, null);
    }

    private static ThreadDocument Parse(string text, string? path, InputFormat format, InputDecoder.Reason? truncation, ImmutableArray<Finding> findings = default)
    {
        findings = findings.IsDefault ? [] : findings;
        if (truncation is { } cut)
        {
            findings = [Finding.Create(cut.Descriptor, Location.ForFile(path), cut.Args)];
        }

        if (format == InputFormat.Html)
        {
            // Flattened before AngleSharp sees it: its tree construction is quadratic in the nesting depth.
            var (capped, flattened) = MarkupDepth.Cap(text);
            if (flattened > 0)
            {
                findings = findings.Add(Finding.Create(InputRules.NestingFlattened, Location.ForFile(path), flattened, MarkupDepth.MaxDepth));
                text = capped;
            }
        }

        return format == InputFormat.Html
            ? HtmlThreadParser.Parse(text, path, findings)
            : PlainTextThreadParser.Parse(SourceText.From(text, path), findings);
    }
}
