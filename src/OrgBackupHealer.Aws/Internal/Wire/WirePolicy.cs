namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record WirePolicy(WirePolicySummary? PolicySummary, string? Content);
