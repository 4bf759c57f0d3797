namespace OrgBackupHealer.Core.Organizations;

// The policy shapes the port reads and writes. Data only; the healer's decisions about them live in Reconciliation.

/// <summary>A policy with its content exactly as the service returned it.</summary>
public sealed record Policy(PolicySummary Summary, string Content);

public sealed record PolicySummary(string Id, string Arn, string Name, string Description, string Type, bool AwsManaged);

public sealed record NewPolicy(string Name, string Description, string Content, IReadOnlyDictionary<string, string> Tags);

/// <summary>The members of UpdatePolicy the healer sets; null leaves a member as it is.</summary>
public sealed record PolicyUpdate(string? Name = null, string? Description = null, string? Content = null);
