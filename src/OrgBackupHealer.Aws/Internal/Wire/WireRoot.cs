namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record WireRoot(string? Id, string? Arn, string? Name, List<WirePolicyTypeSummary>? PolicyTypes);
