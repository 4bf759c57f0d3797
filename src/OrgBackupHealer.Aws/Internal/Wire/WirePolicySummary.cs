namespace OrgBackupHealer.Aws.Internal.Wire;

internal sealed record WirePolicySummary(string? Id, string? Arn, string? Name, string? Description, string? Type, bool? AwsManaged);
