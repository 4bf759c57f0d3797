namespace OrgBackupHealer.Core.Organizations;

public sealed record PolicySummary(string Id, string Arn, string Name, string Description, string Type, bool AwsManaged);
