using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ClaimCheck.Diagnostics;
using ClaimCheck.Verification;

namespace ClaimCheck.Cli.Config;

/// <summary>
/// Finds and reads <c>claimcheck.json</c>: for a checked path, the nearest one in its folder or a folder
/// above it, as <c>.editorconfig</c> is found (the nearest file wins whole; files further up are not
/// merged into it). Each folder is looked up once. A file that is not valid JSON, has an unknown key or a
/// bad value is a <see cref="UsageException"/> that names the file and the key (exit code 2).
/// </summary>
internal sealed class ConfigLoader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The keys a file may have, as the schema (docs/claimcheck.schema.json) lists them.</summary>
    internal static readonly ImmutableArray<string> Keys = ["$schema", "rules", "alpha", "sided", "include", "exclude", "formats"];

    private readonly ConcurrentDictionary<string, ClaimCheckConfig?> _byFolder = new(StringComparer.Ordinal);

    /// <summary>The configuration of a checked file or folder (or, for standard input, of the current folder), or null when there is none.</summary>
    /// <exception cref="UsageException">The file found is not a valid configuration.</exception>
    internal ClaimCheckConfig? For(string path)
    {
        string full = Path.GetFullPath(path);
        return ForFolder(Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full);
    }

    private ClaimCheckConfig? ForFolder(string folder)
    {
        if (_byFolder.TryGetValue(folder, out var known))
        {
            return known;
        }

        string file = Path.Combine(folder, ClaimCheckConfig.FileName);
        ClaimCheckConfig? config = File.Exists(file) ? Read(file)
            : Path.GetDirectoryName(folder) is { } parent && parent != folder ? ForFolder(parent)
            : null;
        _byFolder[folder] = config;
        return config;
    }

    /// <summary>Reads and validates one file.</summary>
    /// <exception cref="UsageException">It cannot be read or is not a valid configuration.</exception>
    internal static ClaimCheckConfig Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"error: {path}: the configuration cannot be read: {ex.Message}");
        }

        return Parse(Path.GetFullPath(path), text);
    }

    /// <summary>Validates <paramref name="json"/>, the text of the file at <paramref name="path"/>.</summary>
    /// <exception cref="UsageException">It is not a valid configuration; the message names the key.</exception>
    internal static ClaimCheckConfig Parse(string path, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new UsageException($"error: {path}: not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Bad(path, "(root)", "must be an object");
            }

            var rules = ImmutableDictionary<string, Severity?>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);
            double? alpha = null;
            Sidedness? sided = null;
            ImmutableArray<string> include = [], exclude = [];
            ImmutableArray<ReportTarget> formats = [];
            foreach (var property in root.EnumerateObject())
            {
                var value = property.Value;
                switch (property.Name)
                {
                    case "$schema":
                        break;
                    case "rules":
                        rules = ReadRules(path, value);
                        break;
                    case "alpha":
                        alpha = value.ValueKind == JsonValueKind.Number && value.GetDouble() is > 0 and < 1 and var a
                            ? a
                            : throw Bad(path, "alpha", $"must be a number between 0 and 1, both excluded (got {value.GetRawText()})");
                        break;
                    case "sided":
                        sided = value.ValueKind == JsonValueKind.String && value.GetString() is "one" or "two"
                            ? value.GetString() == "one" ? Sidedness.One : Sidedness.Two
                            : throw Bad(path, "sided", $"must be \"one\" or \"two\" (got {value.GetRawText()})");
                        break;
                    case "include":
                        include = ReadGlobs(path, "include", value);
                        break;
                    case "exclude":
                        exclude = ReadGlobs(path, "exclude", value);
                        break;
                    case "formats":
                        formats = ReadFormats(path, value);
                        break;
                    default:
                        throw Bad(path, property.Name, $"unknown key; the keys are {string.Join(", ", Keys.Skip(1))}");
                }
            }

            return new ClaimCheckConfig(path, rules, alpha, sided, include, exclude, formats);
        }
    }

    /// <summary>The verifier options of a file checked under <paramref name="config"/>: the defaults, then the file's rules and α, then the command line's.</summary>
    internal static VerifierOptions Merge(ClaimCheckConfig? config, ReportSettings settings)
    {
        var options = VerifierOptions.Default;
        foreach (var (id, severity) in config?.Rules ?? ImmutableDictionary<string, Severity?>.Empty)
        {
            options = options.WithSeverity(id, severity);
        }

        foreach (var (id, severity) in settings.Verifier.Severities)
        {
            options = options.WithSeverity(id, severity);
        }

        return options with
        {
            Alpha = settings.Alpha ?? config?.Alpha ?? VerifierOptions.Default.Alpha,
            AssumeOneSidedTests = config?.Sided == Sidedness.One,
        };
    }

    private static ImmutableDictionary<string, Severity?> ReadRules(string path, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Bad(path, "rules", "must be an object of rule id to \"off\", \"info\", \"warning\" or \"error\"");
        }

        var rules = ImmutableDictionary<string, Severity?>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in value.EnumerateObject())
        {
            string key = "rules." + rule.Name;
            if (RuleCatalog.Find(rule.Name) is not { } descriptor)
            {
                throw Bad(path, key, "unknown rule id; 'claimcheck rules' lists them");
            }

            Severity? severity = rule.Value.ValueKind != JsonValueKind.String ? throw Bad(path, key, "must be a string")
                : rule.Value.GetString()!.ToLowerInvariant() switch
                {
                    "off" => null,
                    "info" => Severity.Info,
                    "warning" => Severity.Warning,
                    "error" => Severity.Error,
                    _ => throw Bad(path, key, $"must be \"off\", \"info\", \"warning\" or \"error\" (got {rule.Value.GetRawText()})"),
                };
            rules = rules.SetItem(descriptor.Id, severity);
        }

        return rules;
    }

    private static ImmutableArray<string> ReadGlobs(string path, string key, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Bad(path, key, "must be an array of glob patterns");
        }

        var globs = ImmutableArray.CreateBuilder<string>();
        int index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw Bad(path, Indexed(key, index), $"must be a non-empty glob pattern (got {item.GetRawText()})");
            }

            globs.Add(item.GetString()!);
            index++;
        }

        return globs.ToImmutable();
    }

    private static ImmutableArray<ReportTarget> ReadFormats(string path, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Bad(path, "formats", "must be an array of { \"format\": …, \"output\": … }");
        }

        var targets = ImmutableArray.CreateBuilder<ReportTarget>();
        int index = 0;
        foreach (var item in value.EnumerateArray())
        {
            string key = Indexed("formats", index);
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw Bad(path, key, "must be an object { \"format\": …, \"output\": … }");
            }

            ReportFormat? format = null;
            string? output = null;
            foreach (var property in item.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "format":
                        format = property.Value.ValueKind == JsonValueKind.String && ReportOptions.ParseFormat(property.Value.GetString()!) is { } parsed
                            ? parsed
                            : throw Bad(path, key + ".format", $"must be one of {string.Join(", ", ReportOptions.CheckFormats)} (got {property.Value.GetRawText()})");
                        break;
                    case "output":
                        output = property.Value.ValueKind == JsonValueKind.String && property.Value.GetString()!.Length > 0
                            ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, property.Value.GetString()!))
                            : throw Bad(path, key + ".output", "must be a file path");
                        break;
                    default:
                        throw Bad(path, key + "." + property.Name, "unknown key; the keys are format, output");
                }
            }

            targets.Add(new ReportTarget(format ?? throw Bad(path, key + ".format", "is required"), output));
            index++;
        }

        if (targets.Count(t => t.Path is null) > 1)
        {
            throw Bad(path, "formats", "at most one format may go to standard output (no \"output\")");
        }

        return targets.ToImmutable();
    }

    private static string Indexed(string key, int index) => string.Create(CultureInfo.InvariantCulture, $"{key}[{index}]");

    private static UsageException Bad(string path, string key, string problem) => new($"error: {path}: '{key}' {problem}");
}
