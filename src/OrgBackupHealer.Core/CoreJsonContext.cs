using System.Text.Json.Serialization;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Core;

/// <summary>Source-generated (trim and AOT safe) serialization of what Core writes: the snapshot file format.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(StateSnapshot))]
internal sealed partial class CoreJsonContext : JsonSerializerContext;
