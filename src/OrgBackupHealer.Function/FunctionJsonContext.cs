using System.Text.Json.Serialization;
using OrgBackupHealer.Function.Runtime;
using OrgBackupHealer.Function.Sqs;

namespace OrgBackupHealer.Function;

/// <summary>Source-generated serialization for everything the function writes, and the queue batches it reads.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InvocationSummary))]
[JsonSerializable(typeof(ApprovalSummary))]
[JsonSerializable(typeof(RuntimeError))]
[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(SqsBatchResponse))]
internal sealed partial class FunctionJsonContext : JsonSerializerContext;
