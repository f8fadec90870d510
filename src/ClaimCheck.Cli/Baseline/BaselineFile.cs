using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimCheck.Diagnostics;
using ClaimCheck.Reporting.Fingerprints;

namespace ClaimCheck.Cli.Baseline;

/// <summary>
/// A baseline of accepted findings (<c>--write-baseline FILE</c>, <c>--baseline FILE</c>): per finding its
/// path (relative to the baseline's folder, with forward slashes, so the baseline works from any current
/// folder and in any clone), rule id and <see cref="FindingFingerprint"/>, and its message for the reader.
/// The fingerprint ignores line and column, so a finding that only moved is still known. A finding is new
/// when its (path, fingerprint) occurs more often in the run than in the baseline.
/// </summary>
internal sealed partial class BaselineFile
{
    private const int FormatVersion = 1;

    // Source-generated metadata (no reflection: the published tool is Native AOT); the encoder, which the
    // generator's attribute cannot name, keeps messages readable (quotes and non-ASCII letters unescaped).
    private static readonly BaselineJsonContext Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });

    private readonly string _folder;
    private readonly Dictionary<(string Path, string Fingerprint), int> _counts = [];
    private readonly List<Entry> _entries = [];

    private BaselineFile(string path)
    {
        FilePath = Path.GetFullPath(path);
        _folder = Path.GetDirectoryName(FilePath)!;
    }

    /// <summary>The baseline's full path.</summary>
    internal string FilePath { get; }

    /// <summary>A new, empty baseline to be written to <paramref name="path"/>.</summary>
    internal static BaselineFile Create(string path) => new(path);

    /// <summary>Reads a baseline.</summary>
    /// <exception cref="UsageException">The file cannot be read or is not a baseline.</exception>
    internal static BaselineFile Read(string path)
    {
        var baseline = new BaselineFile(path);
        Document? document;
        try
        {
            document = JsonSerializer.Deserialize(File.ReadAllText(path), Json.Document);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new UsageException($"error: {path}: the baseline cannot be read: {ex.Message}");
        }

        if (document is not { Version: FormatVersion, Findings: { } findings } || findings.Any(f => f is not { Path: not null, Id: not null, Fingerprint: not null }))
        {
            throw new UsageException($"error: {path}: not a claimcheck baseline (version {FormatVersion}, findings with path, id and fingerprint); write one with --write-baseline");
        }

        foreach (var entry in findings)
        {
            var key = (entry.Path, entry.Fingerprint);
            baseline._counts[key] = baseline._counts.GetValueOrDefault(key) + 1;
        }

        return baseline;
    }

    /// <summary>
    /// The findings of <paramref name="result"/> that the baseline does not hold, in their order; <paramref name="left"/>
    /// carries the entries not yet consumed from one part of a file to the next (a new one per result when null).
    /// </summary>
    internal IEnumerable<Finding> NewFindings(CheckResult result, IEnumerable<Finding> findings, Dictionary<(string, string), int>? left = null)
    {
        // Consumed per file, so the same finding twice in one file needs two baseline entries.
        left ??= [];
        foreach (var finding in findings)
        {
            var key = Key(result, finding);
            int remaining = left.TryGetValue(key, out int l) ? l : _counts.GetValueOrDefault(key);
            if (remaining > 0)
            {
                left[key] = remaining - 1;
                continue;
            }

            left[key] = 0;
            yield return finding;
        }
    }

    /// <summary>Records the findings of <paramref name="result"/> (called in path order, so the file is stable).</summary>
    internal void Add(CheckResult result)
    {
        foreach (var finding in result.Findings)
        {
            var (path, fingerprint) = Key(result, finding);
            _entries.Add(new Entry(path, finding.Id, fingerprint, finding.Message));
        }
    }

    /// <summary>Writes the recorded findings.</summary>
    /// <exception cref="UsageException">The file cannot be written.</exception>
    internal void Save()
    {
        try
        {
            File.WriteAllText(FilePath, JsonSerializer.Serialize(new Document(FormatVersion, _entries), Json.Document) + "\n");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"error: {FilePath}: the baseline cannot be written: {ex.Message}");
        }
    }

    private (string Path, string Fingerprint) Key(CheckResult result, Finding finding)
    {
        string path = finding.Location.Path ?? result.Path ?? "";
        string relative = path == InputItem.StdinName || path.Length == 0 ? path : Path.GetRelativePath(_folder, Path.GetFullPath(path)).Replace('\\', '/');
        return (relative, FindingFingerprint.Compute(finding, result.Document));
    }

    private sealed record Document(int Version, List<Entry> Findings);

    private sealed record Entry(string Path, string Id, string Fingerprint, string? Message);

    [JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(Document))]
    private sealed partial class BaselineJsonContext : JsonSerializerContext;
}
