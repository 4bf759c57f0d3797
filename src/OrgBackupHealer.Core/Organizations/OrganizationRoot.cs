namespace OrgBackupHealer.Core.Organizations;

/// <summary>
/// A root as ListRoots reports it. Its ARN (arn:aws:organizations::MANAGEMENT_ACCOUNT:root/o-ORG/r-ROOT) also
/// names the organization and its management account, so a snapshot can say which organization it was taken of
/// without another call.
/// </summary>
public sealed record OrganizationRoot(string Id, string Arn, string Name, IReadOnlyList<PolicyTypeSummary> PolicyTypes)
{
    /// <summary>Status of BACKUP_POLICY on this root; null when the type is not listed (disabled).</summary>
    public PolicyTypeStatus? BackupPolicyStatus =>
        PolicyTypes.FirstOrDefault(t => t.Type == Organizations.PolicyTypes.BackupPolicy)?.Status;

    /// <summary>The o-… id from the ARN, or null when the ARN does not have the documented shape.</summary>
    public string? OrganizationId => ArnPart(5) is { } resource && resource.Split('/') is [_, var org, _] ? org : null;

    /// <summary>The management account id from the ARN, or null when the ARN does not have the documented shape.</summary>
    public string? ManagementAccountId => ArnPart(4) is { Length: 12 } account ? account : null;

    private string? ArnPart(int index) => Arn.Split(':') is { Length: 6 } parts ? parts[index] : null;
}
