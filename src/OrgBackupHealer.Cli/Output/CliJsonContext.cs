using System.Text.Json.Serialization;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Cli.Output;

/// <summary>The assembly's only JSON context: reports and snapshot files, camelCase, no reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CommandReport))]
[JsonSerializable(typeof(StateSnapshot))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
