using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Reporting.Json;

namespace ClaimCheck.Reporting;

/// <summary>
/// Writes results as JSON (schema version <see cref="SchemaVersion"/>, documented in docs/json-schema.md):
/// <c>{ "schemaVersion", "documents": [ { "path", "kind", "title", "error", "posts": [ … blocks … ], "claims": [ … ], "findings": [ … ] } ] }</c>.
/// Serialization is source-generated (no reflection). Thread-safe (stateless).
/// </summary>
public static class JsonReportWriter
{
    /// <summary>The version of the JSON layout; raised when a field changes meaning or is removed.</summary>
    public const string SchemaVersion = "0.2";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Page text is full of non-ASCII characters (×, −, CJK); keep them readable, escape only what JSON requires.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Bytes the writer may hold before it hands them to the stream: a page's report is written in pieces of about
    // this size, so that a 100 MB page's report is never held whole in memory.
    private const int FlushAt = 1 << 16;

    // Characters of a block's text written at a time (as one JSON string in segments).
    private const int TextSegment = 1 << 14;

    /// <summary>Writes <paramref name="results"/> to <paramref name="stream"/> as one JSON object (UTF-8, indented).</summary>
    /// <param name="stream">The output; written to as the report grows (every 64 KiB or so) and flushed after each document, not closed.</param>
    /// <param name="results">The results, enumerated once.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream stream, IEnumerable<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(results);
        using var json = new Utf8JsonWriter(stream, Options);
        // The envelope and each document's own fields are written by hand, the records one at a time: a run over
        // thousands of pages never holds more than one document, and one large page never its whole report.
        json.WriteStartObject();
        json.WriteString("schemaVersion", SchemaVersion);
        json.WriteStartArray("documents");
        foreach (var result in results)
        {
            WriteDocument(json, result);
            json.Flush();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>One document: path, kind, title, error, posts (with their blocks), claims, findings (docs/json-schema.md).</summary>
    private static void WriteDocument(Utf8JsonWriter json, CheckResult check)
    {
        var document = check.Document;
        json.WriteStartObject();
        json.WriteString("path", check.Read.Path);
        json.WriteString("kind", document is null ? "unreadable" : Camel(document.Kind.ToString()));
        json.WriteString("title", document?.Title);
        json.WriteString("error", check.Read.Error);
        if (document?.Source is { IsPart: true } part)
        {
            // A part of an input checked in parts: its spans count from the part's start, which this places in the file.
            json.WriteNumber("partStart", part.Offset);
        }

        json.WriteStartArray("posts");
        foreach (var post in document?.Posts ?? [])
        {
            json.WriteStartObject();
            json.WriteNumber("index", post.Index);
            json.WriteString("author", post.Author);
            if (post.PostedAt is { } postedAt)
            {
                json.WriteString("postedAt", postedAt);
            }
            else
            {
                json.WriteNull("postedAt");
            }

            json.WriteStartArray("blocks");
            foreach (var block in post.Blocks)
            {
                WriteBlock(json, document!, block);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("claims");
        if (check.Extraction is { } extraction && document is not null)
        {
            foreach (var block in extraction.Blocks)
            {
                foreach (var claim in block.Claims)
                {
                    JsonSerializer.Serialize(json, ToClaim(document, block.PostIndex, block.BlockIndex, claim), ReportJsonContext.Default.ClaimDto);
                    FlushIfFull(json);
                }
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in check.Findings)
        {
            JsonSerializer.Serialize(json, ToFinding(finding), ReportJsonContext.Default.FindingDto);
            FlushIfFull(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A block: kind, language, quotedSource, start, length and its text (the paragraphs joined by line breaks) written from the source in segments rather than copied whole.</summary>
    private static void WriteBlock(Utf8JsonWriter json, ThreadDocument document, Block block)
    {
        json.WriteStartObject();
        json.WriteString("kind", Camel(block.Kind.ToString()));
        json.WriteString("language", block.Language);
        json.WriteString("quotedSource", block.QuotedSource);
        json.WriteNumber("start", block.Span.Start);
        json.WriteNumber("length", block.Span.Length);
        json.WritePropertyName("text");
        var text = document.Source.Text.AsSpan();
        for (int p = 0; p < block.Paragraphs.Length; p++)
        {
            if (p > 0)
            {
                json.WriteStringValueSegment("\n", isFinalSegment: false);
            }

            var paragraph = text.Slice(block.Paragraphs[p].Span.Start, block.Paragraphs[p].Span.Length);
            while (paragraph.Length > TextSegment)
            {
                // Never split a surrogate pair between two segments.
                int take = char.IsHighSurrogate(paragraph[TextSegment - 1]) ? TextSegment - 1 : TextSegment;
                json.WriteStringValueSegment(paragraph[..take], isFinalSegment: false);
                paragraph = paragraph[take..];
                FlushIfFull(json);
            }

            json.WriteStringValueSegment(paragraph, isFinalSegment: false);
        }

        json.WriteStringValueSegment(ReadOnlySpan<char>.Empty, isFinalSegment: true);
        json.WriteEndObject();
    }

    private static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushAt)
        {
            json.Flush();
        }
    }

    private static ClaimDto ToClaim(ThreadDocument document, int post, int block, Claim claim)
    {
        var position = document.Source.GetLinePosition(claim.Span.Start);
        return new ClaimDto(
            Camel(claim.Kind.ToString()),
            claim.Text,
            claim.Span.Start,
            claim.Span.Length,
            position.Line,
            position.Column,
            document.Source.GetPage(claim.Span.Start),
            post,
            block,
            ClaimValues.From(claim),
            claim.Numbers.Select(ToNumber).ToList());
    }

    /// <summary>A printed number: its text, value, decimals as printed and span; the flags only when set.</summary>
    internal static NumberDto ToNumber(ReportedNumber number) => new(
        number.Text,
        // JSON has no infinity: a number of a thousand digits is printed as text and its value left null.
        double.IsFinite(number.Value) ? number.Value : null,
        number.Decimals,
        number.Span.Start,
        number.Span.Length,
        number.IsPercent ? true : null,
        number.IsReconstructed ? true : null);

    private static FindingDto ToFinding(Finding finding) => new(
        finding.Id,
        finding.Descriptor.Title,
        Camel(finding.Severity.ToString()),
        finding.Message,
        finding.Descriptor.HelpLink,
        new[] { finding.Location }.Concat(finding.AdditionalLocations)
            .Select(l => new LocationDto(l.Text, l.Position.Line, l.Position.Column, l.Span.Start, l.Span.Length, l.Page))
            .ToList());

    internal static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
