namespace OrgBackupHealer.Core.Organizations;

public sealed record PolicyTarget(string TargetId, string Arn, string Name, TargetType Type);
