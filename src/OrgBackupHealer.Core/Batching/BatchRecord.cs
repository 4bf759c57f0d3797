namespace OrgBackupHealer.Core.Batching;

/// <summary>
/// One message of a queue batch: its id (what a partial batch failure names) and the body the rule delivered, an
/// EventBridge envelope.
/// </summary>
public sealed record BatchRecord(string MessageId, ReadOnlyMemory<byte> Body);
