namespace OrgBackupHealer.Aws.Internal.Wire;

// The shapes of attachments and target lookups. Member names follow the service model exactly (a test checks them).

internal sealed record ListTargetsForPolicyRequest(string PolicyId, string? NextToken, int? MaxResults);

internal sealed record ListTargetsForPolicyResponse(List<WirePolicyTargetSummary>? Targets, string? NextToken);

internal sealed record AttachPolicyRequest(string PolicyId, string TargetId);

internal sealed record WirePolicyTargetSummary(string? TargetId, string? Arn, string? Name, string? Type);

internal sealed record DescribeOrganizationalUnitRequest(string OrganizationalUnitId);

internal sealed record DescribeOrganizationalUnitResponse(WireOrganizationalUnit? OrganizationalUnit);

internal sealed record WireOrganizationalUnit(string? Id, string? Arn, string? Name);

internal sealed record DescribeAccountRequest(string AccountId);

internal sealed record DescribeAccountResponse(WireAccount? Account);

internal sealed record WireAccount(string? Id, string? Arn, string? Name);

/// <summary>Stands for an operation without an output shape (AttachPolicy): the body is ignored.</summary>
internal sealed record NoOutput;

internal sealed record ListOrganizationalUnitsForParentRequest(string ParentId, string? NextToken, int? MaxResults);

internal sealed record ListOrganizationalUnitsForParentResponse(List<WireOrganizationalUnit>? OrganizationalUnits, string? NextToken);

internal sealed record ListAccountsForParentRequest(string ParentId, string? NextToken, int? MaxResults);

internal sealed record ListAccountsForParentResponse(List<WireAccount>? Accounts, string? NextToken);

internal sealed record ListParentsRequest(string ChildId, string? NextToken, int? MaxResults);

internal sealed record ListParentsResponse(List<WireParent>? Parents, string? NextToken);

internal sealed record WireParent(string? Id, string? Type);
