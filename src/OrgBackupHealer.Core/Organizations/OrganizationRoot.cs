namespace OrgBackupHealer.Core.Organizations;

public sealed record OrganizationRoot(string Id, string Arn, string Name, IReadOnlyList<PolicyTypeSummary> PolicyTypes)
{
    /// <summary>Status of BACKUP_POLICY on this root; null when the type is not listed (disabled).</summary>
    public PolicyTypeStatus? BackupPolicyStatus =>
        PolicyTypes.FirstOrDefault(t => t.Type == Organizations.PolicyTypes.BackupPolicy)?.Status;
}
