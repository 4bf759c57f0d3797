using System.Text.Json.Serialization;

namespace OrgBackupHealer.Aws.Internal.Events;

/// <summary>Source-generated shapes of the one EventBridge operation the healer calls (member names as the service model spells them).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PutEventsRequest))]
[JsonSerializable(typeof(PutEventsResponse))]
internal sealed partial class EventBridgeJsonContext : JsonSerializerContext;
