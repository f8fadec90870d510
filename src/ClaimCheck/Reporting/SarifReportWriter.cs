using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Diagnostics;
using ClaimCheck.Reporting.Fingerprints;
using ClaimCheck.Text;
using ClaimCheck.Verification;

namespace ClaimCheck.Reporting;

/// <summary>
/// Writes findings as a SARIF 2.1.0 log (one run, tool <c>ClaimCheck</c>) for code-scanning services and
/// SARIF viewers. The driver lists every rule of <see cref="RuleCatalog.All"/> with its help page; each
/// finding is a result with its rule, level (<c>error</c>, <c>warning</c>, <c>note</c> for Info), message
/// and location; additional locations are related locations; <c>partialFingerprints</c> carries the finding's
/// <see cref="FindingFingerprint"/> under <see cref="FindingFingerprint.SarifKey"/>. Paths become URIs, every
/// segment percent-encoded (spaces, <c>[</c>, <c>]</c>, <c>#</c>, non-ASCII): a relative path a relative
/// reference with forward slashes, an absolute path a <c>file:</c> URI. The output is valid against the
/// official SARIF 2.1.0 schema, including its <c>uri</c> formats: a rule's <c>helpUri</c> is written only
/// when a help base URI makes it absolute.
/// <para>
/// Regions: <c>startLine</c> and <c>startColumn</c> are always the position in the original file
/// (columns in UTF-16 code units, declared by the run's <c>columnKind</c>). Offsets
/// (<c>charOffset</c>, <c>charLength</c>), the end position and the snippet are written only for plain-text
/// inputs, whose text is the file itself (for a part of an input checked in parts, <c>charOffset</c> counts from the
/// start of the file, not of the part); for HTML the document's text is extracted from the markup, its
/// offsets are not file offsets, and only the start position (mapped back to the file) is given. A finding
/// about a whole file (an unreadable input) has no region.
/// </para>
/// Results are written and flushed as the input sequence is enumerated, so a lazy sequence is streamed.
/// Thread-safe (stateless).
/// </summary>
public static class SarifReportWriter
{
    /// <summary>The SARIF version written: <c>2.1.0</c>.</summary>
    public const string Version = "2.1.0";

    /// <summary>The address of the SARIF 2.1.0 JSON schema, written as <c>$schema</c>.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The tool name written as <c>runs[0].tool.driver.name</c>: <c>ClaimCheck</c>.</summary>
    public const string ToolName = "ClaimCheck";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Messages quote page text (×, −, CJK); keep it readable, escape only what JSON requires.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Dictionary<string, int> RuleIndexes =
        RuleCatalog.All.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);

    /// <summary>The informational version of the ClaimCheck library, written as the driver's version.</summary>
    public static string ToolVersion { get; } =
        typeof(RuleCatalog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(RuleCatalog).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>Writes the findings of <paramref name="results"/> as one SARIF log (UTF-8, indented).</summary>
    /// <param name="stream">Where to write; flushed after each result, not closed.</param>
    /// <param name="results">The checked inputs, written in the order given; each input with a path is also listed in <c>artifacts</c>.</param>
    /// <param name="helpBaseUri">
    /// An absolute URI the rules' help pages are relative to (for example a repository's address ending in
    /// <c>/</c>), giving <c>helpUri</c> = this URI + <c>docs/rules/CC1003.md</c>. Default null: no <c>helpUri</c>
    /// (the schema requires an absolute URI there); the page's text is in each rule's <c>help</c> either way.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="results"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="helpBaseUri"/> is not absolute.</exception>
    public static void Write(Stream stream, IEnumerable<CheckResult> results, Uri? helpBaseUri = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        WriteLog(stream, results.Select(r => new Unit(r.Findings, [r])), helpBaseUri);
    }

    /// <summary>
    /// Writes the findings of a comparison (<see cref="ClaimChecker.Compare(CheckResult, CheckResult, VerifierOptions)"/>)
    /// as one SARIF log: results are located in the summary, related locations point into the source.
    /// </summary>
    /// <param name="stream">Where to write; not closed.</param>
    /// <param name="comparison">The comparison; both inputs are listed in <c>artifacts</c>.</param>
    /// <param name="helpBaseUri">See <see cref="Write(Stream, IEnumerable{CheckResult}, Uri?)"/>; default null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="comparison"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="helpBaseUri"/> is not absolute.</exception>
    public static void Write(Stream stream, ComparisonResult comparison, Uri? helpBaseUri = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        WriteLog(stream, [new Unit(comparison.Findings, [comparison.Summary, comparison.Source])], helpBaseUri);
    }

    /// <summary>The findings to write together and the inputs their locations point into.</summary>
    private sealed record Unit(IEnumerable<Finding> Findings, IReadOnlyList<CheckResult> Inputs);

    /// <summary>The document a location points into: that of the input with the location's path.</summary>
    private static Documents.ThreadDocument? DocumentOf(Location location, IReadOnlyList<CheckResult> inputs)
        => inputs.FirstOrDefault(i => i.Path == location.Path && i.Document is not null)?.Document;

    private static void WriteLog(Stream stream, IEnumerable<Unit> units, Uri? helpBaseUri)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (helpBaseUri is { IsAbsoluteUri: false })
        {
            throw new ArgumentException("The help base URI must be absolute.", nameof(helpBaseUri));
        }

        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", Version);
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, helpBaseUri);
        json.WriteString("columnKind", "utf16CodeUnits");

        // Only paths and their kinds are kept until the end, never documents.
        var artifacts = new List<(string Path, string? MimeType)>();
        var artifactIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        json.WriteStartArray("results");
        foreach (var unit in units)
        {
            foreach (var input in unit.Inputs)
            {
                if (input.Path is { } path && !artifactIndexes.ContainsKey(path))
                {
                    artifactIndexes.Add(path, artifacts.Count);
                    artifacts.Add((path, input.Document is { } document ? document.Source.IsMapped ? "text/html" : "text/plain" : null));
                }
            }

            foreach (var finding in unit.Findings)
            {
                WriteResult(json, finding, unit.Inputs, artifactIndexes);
            }

            json.Flush();
        }

        json.WriteEndArray();
        json.WriteStartArray("artifacts");
        foreach (var (path, mimeType) in artifacts)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", ToUri(path));
            json.WriteEndObject();
            if (mimeType is not null)
            {
                json.WriteString("mimeType", mimeType);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json, Uri? helpBaseUri)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolName);
        json.WriteString("version", ToolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", RuleName(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            if (helpBaseUri is not null)
            {
                json.WriteString("helpUri", new Uri(helpBaseUri, rule.HelpLink).AbsoluteUri);
            }

            if (RuleCatalog.GetHelpMarkdown(rule.Id) is { } markdown)
            {
                json.WriteStartObject("help");
                json.WriteString("text", PlainText(markdown));
                json.WriteString("markdown", markdown);
                json.WriteEndObject();
            }

            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Category.ToString());
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, IReadOnlyList<CheckResult> inputs, Dictionary<string, int> artifactIndexes)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Id);
        if (RuleIndexes.TryGetValue(finding.Id, out int ruleIndex))
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        if (finding.Location.Path is not null)
        {
            json.WriteStartObject();
            WritePhysicalLocation(json, finding.Location, inputs, artifactIndexes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FindingFingerprint.SarifKey, FindingFingerprint.Compute(finding, DocumentOf(finding.Location, inputs)));
        json.WriteEndObject();
        var related = finding.AdditionalLocations.Where(l => l.Path is not null).ToList();
        if (related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (int i = 0; i < related.Count; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("id", i + 1);
                WritePhysicalLocation(json, related[i], inputs, artifactIndexes);
                if (related[i].Text.Length > 0)
                {
                    json.WriteStartObject("message");
                    json.WriteString("text", related[i].Text);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, Location location, IReadOnlyList<CheckResult> inputs, Dictionary<string, int> artifactIndexes)
    {
        string path = location.Path!;
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(path));
        if (artifactIndexes.TryGetValue(path, out int index))
        {
            json.WriteNumber("index", index);
        }

        json.WriteEndObject();
        bool wholeFile = location.Span.IsEmpty && location.Text.Length == 0;
        if (!wholeFile)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.Position.Line);
            json.WriteNumber("startColumn", location.Position.Column);
            if (location.Page is { } page)
            {
                // SARIF regions have no pages: a PDF's lines count from the top of the page named here.
                json.WriteStartObject("properties");
                json.WriteNumber("page", page);
                json.WriteEndObject();
            }

            if (SourceOf(location, inputs) is { IsMapped: false } source && location.Span.End <= source.Length)
            {
                var end = source.GetLinePosition(location.Span.End);
                json.WriteNumber("endLine", end.Line);
                json.WriteNumber("endColumn", end.Column);
                // A part of an input checked in parts: its spans count from the part's start, the file's offsets from the file's.
                json.WriteNumber("charOffset", source.Offset + location.Span.Start);
                json.WriteNumber("charLength", location.Span.Length);
                json.WriteStartObject("snippet");
                json.WriteString("text", location.Text);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>The source text a location points into: that of the input with the location's path.</summary>
    private static SourceText? SourceOf(Location location, IReadOnlyList<CheckResult> inputs)
        => inputs.FirstOrDefault(i => i.Path == location.Path && i.Document is not null)?.Document!.Source;

    /// <summary>The SARIF level of a severity: <c>error</c>, <c>warning</c>, or <c>note</c> for Info.</summary>
    internal static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>
    /// A relative path as a relative reference with forward slashes; an absolute path as a <c>file:</c> URI
    /// (<c>file:///tmp/a%20%5B1%5D.txt</c>, <c>file:///C:/x.txt</c>). Every segment is percent-encoded as
    /// RFC 3986 requires, which <see cref="Uri.AbsoluteUri"/> does not do for <c>[</c> and <c>]</c>.
    /// </summary>
    internal static string ToUri(string path)
    {
        char[] separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];
        string[] segments = path.Split(separators);
        if (!Path.IsPathFullyQualified(path))
        {
            return string.Join('/', segments.Select(Uri.EscapeDataString));
        }

        // A Windows drive ("C:") stays as it is; a UNC path (\\server\share) becomes file://server/share.
        var escaped = segments.Select((segment, i) => i == 0 && segment.Length == 2 && segment[1] == ':' ? segment : Uri.EscapeDataString(segment));
        string joined = string.Join('/', escaped);
        return joined.StartsWith("//", StringComparison.Ordinal) ? "file:" + joined
            : joined.StartsWith('/') ? "file://" + joined
            : "file:///" + joined;
    }

    /// <summary>A rule's title as an identifier: "Same group, different denominators" → <c>SameGroupDifferentDenominators</c>.</summary>
    internal static string RuleName(string title)
    {
        var name = new StringBuilder();
        foreach (var word in Regex.Split(title, @"[^\p{L}\p{Nd}]+"))
        {
            if (word.Length > 0)
            {
                name.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            }
        }

        return name.ToString();
    }

    /// <summary>The page without Markdown markers, for viewers that show only plain text.</summary>
    private static string PlainText(string markdown)
    {
        string text = Regex.Replace(markdown, @"^#+\s*", "", RegexOptions.Multiline);
        return text.Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
    }
}
