using System.Text.Json.Serialization;

namespace ClaimCheck.Reporting.Json;

/// <summary>
/// Source-generated (reflection-free) serialization of the JSON report. The writer's own
/// <see cref="System.Text.Json.Utf8JsonWriter"/> options decide indentation and escaping.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(ClaimDto))]
[JsonSerializable(typeof(FindingDto))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
