using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace ClaimCheck.Cli.Tests;

/// <summary>
/// Validates SARIF against the official SARIF 2.1.0 schema (JSON Schema draft-04) from
/// <c>../shared/data/sarif/</c>, with the <c>uri</c> and <c>uri-reference</c> formats checked as RFC 3986
/// writes them: NJsonSchema's own check accepts whatever <see cref="Uri"/> repairs (spaces, <c>[</c>, <c>]</c>)
/// and skips <c>uri-reference</c>. Without the schema file the calling test is ignored with the reason,
/// after everything it asserted before.
/// </summary>
internal static partial class SarifSchema
{
    private const string Relative = "sarif/sarif-schema-2.1.0.json";

    private static readonly Lazy<JsonSchema?> Schema = new(() =>
    {
        string path = SchemaPath;
        return File.Exists(path) ? JsonSchema.FromJsonAsync(File.ReadAllText(path)).GetAwaiter().GetResult() : null;
    });

    private static string SchemaPath => Path.GetFullPath(Path.Combine(Corpus.Root, "..", "..", "shared", "data", Relative));

    /// <summary>Fails with every schema error of <paramref name="sarif"/>; ignores the test when the schema is absent.</summary>
    internal static void ShouldBeValid(string sarif)
    {
        var errors = Errors(sarif);
        errors.Should().BeEmpty("SARIF must be valid against the official 2.1.0 schema");
    }

    /// <summary>The schema errors of <paramref name="sarif"/>, as path: kind; ignores the test when the schema is absent.</summary>
    internal static IReadOnlyList<string> Errors(string sarif)
    {
        if (Schema.Value is not { } schema)
        {
            Assert.Ignore($"the SARIF 2.1.0 schema is not at {SchemaPath} (shared data: {Relative}); schema validation skipped");
            return [];
        }

        var settings = new JsonSchemaValidatorSettings();
        settings.FormatValidators = [.. settings.FormatValidators.Where(v => v.Format is not ("uri" or "uri-reference")), new StrictUri(true), new StrictUri(false)];
        return [.. Flatten(schema.Validate(sarif, settings)).Select(e => $"{e.Path}: {e.Kind}")];
    }

    /// <summary>True when <paramref name="text"/> is an RFC 3986 URI (absolute) or URI reference: only allowed characters, every % followed by two hex digits.</summary>
    internal static bool IsRfc3986(string text, bool absolute)
    {
        if (!UriCharacters().IsMatch(text))
        {
            return false;
        }

        return !absolute || Scheme().IsMatch(text);
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return error;
            var inner = error switch
            {
                ChildSchemaValidationError child => child.Errors.SelectMany(e => e.Value),
                MultiTypeValidationError multi => multi.Errors.SelectMany(e => e.Value),
                _ => [],
            };
            foreach (var nested in Flatten(inner))
            {
                yield return nested;
            }
        }
    }

    // unreserved / gen-delims except [ ] (only for IPv6 hosts, which a report never names) / sub-delims / pct-encoded.
    [GeneratedRegex(@"^(?:[A-Za-z0-9\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")]
    private static partial Regex UriCharacters();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex Scheme();

    private sealed class StrictUri(bool absolute) : IFormatValidator
    {
        public string Format => absolute ? "uri" : "uri-reference";

        public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.UriExpected;

        public bool IsValid(string value, JTokenType tokenType) => tokenType != JTokenType.String || IsRfc3986(value, absolute);
    }
}
