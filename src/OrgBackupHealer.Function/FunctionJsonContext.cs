using System.Text.Json.Serialization;
using OrgBackupHealer.Function.Runtime;

namespace OrgBackupHealer.Function;

/// <summary>Source-generated serialization for everything the function writes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InvocationSummary))]
[JsonSerializable(typeof(RuntimeError))]
internal sealed partial class FunctionJsonContext : JsonSerializerContext;
