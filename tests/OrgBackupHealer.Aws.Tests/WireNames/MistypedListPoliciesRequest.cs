namespace OrgBackupHealer.Aws.Tests.WireNames;

/// <summary>Filter as a number where the model has the PolicyType string enum.</summary>
internal sealed record MistypedListPoliciesRequest(int Filter, string? NextToken);
