using System.Text.Json.Serialization;

namespace OrgBackupHealer.Core.Tests.Events.Baseline;

/// <summary>The source-generated context the classifier used up to commit a42232d, with the same options.</summary>
[JsonSourceGenerationOptions(
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(BaselineEventBridgeEvent))]
[JsonSerializable(typeof(BaselineEventHeader))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
