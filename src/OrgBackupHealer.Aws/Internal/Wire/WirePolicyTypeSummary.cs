namespace OrgBackupHealer.Aws.Internal.Wire;

/// <summary>Type and Status stay strings on the wire: the model may add values the healer does not know.</summary>
internal sealed record WirePolicyTypeSummary(string? Type, string? Status);
