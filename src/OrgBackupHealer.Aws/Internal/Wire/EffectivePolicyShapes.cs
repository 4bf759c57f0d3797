namespace OrgBackupHealer.Aws.Internal.Wire;

// The shapes of Organizations' own verdict on effective policies. Member names follow the service model exactly (a
// test checks them). moto does not model these operations; stub answers shaped by the model stand in for it.

internal sealed record ListAccountsWithInvalidEffectivePolicyRequest(string PolicyType, string? NextToken, int? MaxResults);

internal sealed record ListAccountsWithInvalidEffectivePolicyResponse(List<WireAccount>? Accounts, string? PolicyType, string? NextToken);

internal sealed record ListEffectivePolicyValidationErrorsRequest(string AccountId, string PolicyType, string? NextToken, int? MaxResults);

internal sealed record ListEffectivePolicyValidationErrorsResponse(
    string? AccountId, string? PolicyType, string? Path, List<WireEffectivePolicyValidationError>? EffectivePolicyValidationErrors, string? NextToken);

internal sealed record WireEffectivePolicyValidationError(string? ErrorCode, string? ErrorMessage, string? PathToError, List<string>? ContributingPolicies);
