namespace OrgBackupHealer.Core.Organizations;

/// <summary>The members of UpdatePolicy the healer sets; null leaves a member as it is.</summary>
public sealed record PolicyUpdate(string? Name = null, string? Description = null, string? Content = null);
