using System.Text;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>A generated event body and the managed policy id the classifier is told it knows (null: a cold start).</summary>
internal sealed record MutatedEvent(byte[] Body, string? KnownPolicyId)
{
    public override string ToString() => $"known id {KnownPolicyId ?? "null"}: {Encoding.UTF8.GetString(Body)}";
}
