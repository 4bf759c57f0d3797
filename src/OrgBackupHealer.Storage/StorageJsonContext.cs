using System.Text.Json.Serialization;
using OrgBackupHealer.Core.Reconciliation;

namespace OrgBackupHealer.Storage;

/// <summary>The assembly's only JSON context: snapshots are written and read without reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(StateSnapshot))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
