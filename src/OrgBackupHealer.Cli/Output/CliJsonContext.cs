using System.Text.Json.Serialization;

namespace OrgBackupHealer.Cli.Output;

/// <summary>The assembly's only JSON context: the --output json reports (snapshots use the Core format), camelCase, no reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CommandReport))]
[JsonSerializable(typeof(ValidationReport))]
[JsonSerializable(typeof(CoverageDocument))]
[JsonSerializable(typeof(StateDocument))]
[JsonSerializable(typeof(ProposalsDocument))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
