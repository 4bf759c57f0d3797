namespace OrgBackupHealer.Core.Policies;

/// <summary>
/// One difference between the desired and the actual policy content, at a JSON path such as
/// <c>$.plans.org-backup-baseline.regions.@@assign</c>. A null value means the key is absent on that side.
/// Values are compact JSON.
/// </summary>
public sealed record ContentChange(string Path, string? Desired, string? Actual);
