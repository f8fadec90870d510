using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Parsing;

namespace ClaimCheck.Reporting;

/// <summary>
/// Writes results as JSON (schema version <see cref="SchemaVersion"/>, documented in docs/json-schema.md):
/// <c>{ "schemaVersion", "documents": [ { "path", "kind", "title", "error", "posts": [ … blocks … ], "claims": [ … ], "findings": [ … ] } ] }</c>.
/// Thread-safe (stateless).
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
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream stream, IEnumerable<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(results);
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("schemaVersion", SchemaVersion);
        json.WriteStartArray("documents");
        foreach (var result in results)
        {
            WriteDocument(json, result);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter json, CheckResult check)
    {
        var result = check.Read;
        json.WriteStartObject();
        json.WriteString("path", result.Path);
        var document = result.Document;
        json.WriteString("kind", document is null ? "unreadable" : Camel(document.Kind.ToString()));
        json.WriteString("title", document?.Title);
        json.WriteString("error", result.Error);
        json.WriteStartArray("posts");
        foreach (var post in document?.Posts ?? [])
        {
            json.WriteStartObject();
            json.WriteNumber("index", post.Index);
            json.WriteString("author", post.Author);
            if (post.PostedAt is { } at)
            {
                json.WriteString("postedAt", at);
            }
            else
            {
                json.WriteNull("postedAt");
            }

            json.WriteStartArray("blocks");
            foreach (var block in post.Blocks)
            {
                WriteBlock(json, block);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("claims");
        if (check.Extraction is { } extraction)
        {
            foreach (var block in extraction.Blocks)
            {
                foreach (var claim in block.Claims)
                {
                    WriteClaim(json, document!, block.PostIndex, block.BlockIndex, claim);
                }
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in check.Findings)
        {
            WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter json, ThreadDocument document, int post, int block, Claim claim)
    {
        json.WriteStartObject();
        json.WriteString("kind", Camel(claim.Kind.ToString()));
        json.WriteString("text", claim.Text);
        json.WriteNumber("start", claim.Span.Start);
        json.WriteNumber("length", claim.Span.Length);
        var position = document.Source.GetLinePosition(claim.Span.Start);
        json.WriteNumber("line", position.Line);
        json.WriteNumber("column", position.Column);
        json.WriteNumber("post", post);
        json.WriteNumber("block", block);
        json.WriteStartObject("values");
        ClaimValues.Write(json, claim);
        json.WriteEndObject();
        json.WriteStartArray("numbers");
        foreach (var number in claim.Numbers)
        {
            WriteNumber(json, null, number);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes a printed number: its text, value, decimals as printed and span.</summary>
    internal static void WriteNumber(Utf8JsonWriter json, string? name, ReportedNumber number)
    {
        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }

        json.WriteString("text", number.Text);
        json.WriteNumber("value", number.Value);
        json.WriteNumber("decimals", number.Decimals);
        json.WriteNumber("start", number.Span.Start);
        json.WriteNumber("length", number.Span.Length);
        if (number.IsPercent)
        {
            json.WriteBoolean("percent", true);
        }

        if (number.IsReconstructed)
        {
            json.WriteBoolean("reconstructed", true);
        }

        json.WriteEndObject();
    }

    private static void WriteBlock(Utf8JsonWriter json, Block block)
    {
        json.WriteStartObject();
        json.WriteString("kind", Camel(block.Kind.ToString()));
        json.WriteString("language", block.Language);
        json.WriteString("quotedSource", block.QuotedSource);
        json.WriteNumber("start", block.Span.Start);
        json.WriteNumber("length", block.Span.Length);
        json.WriteString("text", block.Text);
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("id", finding.Id);
        json.WriteString("title", finding.Descriptor.Title);
        json.WriteString("severity", Camel(finding.Severity.ToString()));
        json.WriteString("message", finding.Message);
        json.WriteString("helpLink", finding.Descriptor.HelpLink);
        json.WriteStartArray("locations");
        foreach (var location in new[] { finding.Location }.Concat(finding.AdditionalLocations))
        {
            json.WriteStartObject();
            json.WriteString("text", location.Text);
            json.WriteNumber("line", location.Position.Line);
            json.WriteNumber("column", location.Position.Column);
            json.WriteNumber("start", location.Span.Start);
            json.WriteNumber("length", location.Span.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
