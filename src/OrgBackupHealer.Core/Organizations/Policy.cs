namespace OrgBackupHealer.Core.Organizations;

/// <summary>A policy with its content exactly as the service returned it.</summary>
public sealed record Policy(PolicySummary Summary, string Content);
