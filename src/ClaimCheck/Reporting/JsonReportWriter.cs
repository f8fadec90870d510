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

    /// <summary>Writes <paramref name="results"/> to <paramref name="stream"/> as one JSON object (UTF-8, indented).</summary>
    /// <param name="stream">The output; written to and flushed after each document, not closed.</param>
    /// <param name="results">The results, enumerated once.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream stream, IEnumerable<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(results);
        using var json = new Utf8JsonWriter(stream, Options);
        // The envelope is written by hand so that each document is mapped, serialized and flushed on its
        // own: a run over thousands of pages never holds more than one document's records.
        json.WriteStartObject();
        json.WriteString("schemaVersion", SchemaVersion);
        json.WriteStartArray("documents");
        foreach (var result in results)
        {
            JsonSerializer.Serialize(json, ToDocument(result), ReportJsonContext.Default.DocumentDto);
            json.Flush();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static DocumentDto ToDocument(CheckResult check)
    {
        var document = check.Document;
        var posts = (document?.Posts ?? []).Select(post => new PostDto(
            post.Index,
            post.Author,
            post.PostedAt,
            post.Blocks.Select(b => new BlockDto(Camel(b.Kind.ToString()), b.Language, b.QuotedSource, b.Span.Start, b.Span.Length, b.Text)).ToList())).ToList();
        var claims = new List<ClaimDto>();
        if (check.Extraction is { } extraction && document is not null)
        {
            foreach (var block in extraction.Blocks)
            {
                foreach (var claim in block.Claims)
                {
                    claims.Add(ToClaim(document, block.PostIndex, block.BlockIndex, claim));
                }
            }
        }

        return new DocumentDto(
            check.Read.Path,
            document is null ? "unreadable" : Camel(document.Kind.ToString()),
            document?.Title,
            check.Read.Error,
            posts,
            claims,
            check.Findings.Select(ToFinding).ToList());
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
