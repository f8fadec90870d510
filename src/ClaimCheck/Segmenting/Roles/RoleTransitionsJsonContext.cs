using System.Text.Json.Serialization;

namespace ClaimCheck.Segmenting.Roles;

/// <summary>
/// Source-generated (reflection-free, so trimming- and Native-AOT-safe) reading and writing of the transition table
/// that tools/ClaimCheck.Train writes beside the role model.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(RoleTransitions))]
internal sealed partial class RoleTransitionsJsonContext : JsonSerializerContext;
