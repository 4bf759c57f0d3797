using System.Text.Json.Serialization;

namespace OrgBackupHealer.Core.Events;

/// <summary>Source-generated (trim and AOT safe) serialization for the event records.</summary>
[JsonSourceGenerationOptions(
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(EventBridgeEvent))]
[JsonSerializable(typeof(EventHeader))]
internal sealed partial class EventJsonContext : JsonSerializerContext;
