using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Parsing;

namespace ClaimCheck.Reporting;

/// <summary>
/// Writes results as JSON (schema version <see cref="SchemaVersion"/>, documented in docs/json-schema.md):
/// <c>{ "schemaVersion", "documents": [ { "path", "kind", "title", "error", "inputFindings", "posts": [ { "index", "author", "postedAt", "blocks": [ { "kind", "language", "quotedSource", "start", "length", "text" } ] } ] } ] }</c>.
/// Thread-safe (stateless).
/// </summary>
public static class JsonReportWriter
{
    /// <summary>The version of the JSON layout; raised when a field changes meaning or is removed.</summary>
    public const string SchemaVersion = "0.1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Page text is full of non-ASCII characters (×, −, CJK); keep them readable, escape only what JSON requires.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="results"/> to <paramref name="stream"/> as one JSON object (UTF-8, indented).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream stream, IEnumerable<ReadResult> results)
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

    private static void WriteDocument(Utf8JsonWriter json, ReadResult result)
    {
        json.WriteStartObject();
        json.WriteString("path", result.Path);
        var document = result.Document;
        json.WriteString("kind", document is null ? "unreadable" : Camel(document.Kind.ToString()));
        json.WriteString("title", document?.Title);
        json.WriteString("error", result.Error);
        json.WriteStartArray("inputFindings");
        foreach (var finding in result.InputFindings)
        {
            WriteFinding(json, finding);
        }

        json.WriteEndArray();
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
        json.WriteString("severity", Camel(finding.Severity.ToString()));
        json.WriteString("message", finding.Message);
        json.WriteEndObject();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
