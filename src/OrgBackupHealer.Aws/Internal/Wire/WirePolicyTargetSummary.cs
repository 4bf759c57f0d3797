namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record WirePolicyTargetSummary(string? TargetId, string? Arn, string? Name, string? Type);
