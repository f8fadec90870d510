using System.Globalization;
using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Parsing.Html;
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
    /// <summary>Creates a reader.</summary>
    /// <param name="options">Limits and choices; <see cref="ReaderOptions.Default"/> when null.</param>
    public ThreadReader(ReaderOptions? options = null) => Options = options ?? ReaderOptions.Default;

    /// <summary>The options in force.</summary>
    public ReaderOptions Options { get; }

    /// <summary>Reads and parses the file at <paramref name="path"/>, reading at most <see cref="ReaderOptions.MaxInputBytes"/> bytes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public ReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        // Examined before it is opened: opening a named pipe waits for a writer, and a device or socket is no page.
        var status = FileProbe.Get(path, followLinks: true);
        switch (status.Kind)
        {
            case FileProbe.Kind.Directory:
                return ReadResult.Failed(path, "the path is a directory, not a file");
            case FileProbe.Kind.Missing:
                return ReadResult.Failed(path, "the file does not exist");
            case FileProbe.Kind.Inaccessible:
                return ReadResult.Failed(path, $"the file cannot be read: {status.Error}");
            case not FileProbe.Kind.Regular:
                return ReadResult.Failed(path, $"the path is {FileProbe.Describe(status.Kind)}, not a regular file: not opened");
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
            return ReadResult.Failed(path, $"the file cannot be read: {ex.Message}");
        }

        var decoded = InputDecoder.Decode(buffer, total, Options);
        // The bytes are done with once decoded: dropping them here keeps a large file's bytes and its text from both being alive while it is parsed.
        buffer = null!;
        return decoded.Text is null ? ReadResult.Failed(path, decoded.Error!) : Parsed(path, decoded);
    }

    /// <summary>Decodes and parses <paramref name="bytes"/> (the whole input).</summary>
    /// <param name="bytes">The input's bytes.</param>
    /// <param name="path">The path to report, or null.</param>
    public ReadResult Read(ReadOnlySpan<byte> bytes, string? path = null) => Read(bytes, path, bytes.Length);

    /// <summary>
    /// Reads <paramref name="stream"/> to its end (standard input, a pipe) and decodes and parses it like a
    /// file: at most <see cref="ReaderOptions.MaxInputBytes"/> bytes are kept, the rest is read and counted
    /// but not held (CC9003 names it), so that no amount of input exhausts memory.
    /// </summary>
    /// <param name="stream">The input; read to its end, not closed.</param>
    /// <param name="path">The path to report, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public ReadResult ReadStream(Stream stream, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // One byte past the limit tells the decoder the input goes on.
        long keep = Math.Min(Options.MaxInputBytes + 1, Array.MaxLength);
        using var kept = new MemoryStream();
        byte[] chunk = new byte[81920];
        long total = 0;
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            long room = keep - kept.Length;
            if (room > 0)
            {
                kept.Write(chunk, 0, (int)Math.Min(room, n));
            }

            total += n;
        }

        return Read(kept.GetBuffer().AsSpan(0, (int)kept.Length), path, total);
    }

    private ReadResult Read(ReadOnlySpan<byte> bytes, string? path, long totalLength)
    {
        var decoded = InputDecoder.Decode(bytes, totalLength, Options);
        return decoded.Text is null ? ReadResult.Failed(path, decoded.Error!) : Parsed(path, decoded);
    }

    private ReadResult Parsed(string? path, InputDecoder.Decoded decoded)
    {
        var document = Parse(decoded.Text!, path, decoded.Format, decoded.Truncation);
        return new ReadResult(path, document, document.InputFindings);
    }

    /// <summary>Parses text that is already decoded. Never fails: any text gives a document.</summary>
    /// <param name="text">The page's text (HTML or plain text).</param>
    /// <param name="path">The path to report, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ThreadDocument Parse(string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var format = Options.Format;
        if (format == InputFormat.Auto)
        {
            format = text.AsSpan(0, Math.Min(text.Length, 8192)).TrimStart().StartsWith('<') && InputDecoder.LooksLikeHtmlText(text) ? InputFormat.Html : InputFormat.PlainText;
        }

        return Parse(text, path, format, null);
    }

    private static ThreadDocument Parse(string text, string? path, InputFormat format, string? truncation)
    {
        ImmutableArray<Finding> findings = [];
        if (truncation is not null)
        {
            findings = [Finding.Create(InputRules.OverSizeLimit, Location.ForFile(path), truncation)];
        }

        if (format == InputFormat.Html)
        {
            // Flattened before AngleSharp sees it: its tree construction is quadratic in the nesting depth.
            var (capped, flattened) = MarkupDepth.Cap(text);
            if (flattened > 0)
            {
                findings = findings.Add(Finding.Create(InputRules.NestingFlattened, Location.ForFile(path), string.Create(CultureInfo.InvariantCulture,
                    $"{flattened:N0} elements nested deeper than {MarkupDepth.MaxDepth} levels were flattened (their tags read as spaces, their text kept)")));
                text = capped;
            }
        }

        return format == InputFormat.Html
            ? HtmlThreadParser.Parse(text, path, findings)
            : PlainTextThreadParser.Parse(SourceText.From(text, path), findings);
    }
}
