namespace OrgBackupHealer.Core.Organizations;

/// <summary>ListEffectivePolicyValidationErrors for one account: why Organizations does not fully enforce its effective policy.</summary>
/// <param name="Path">The account's path in the organization, as Organizations reports it.</param>
public sealed record EffectivePolicyValidation(string AccountId, string? Path, IReadOnlyList<EffectivePolicyValidationError> Errors);

/// <summary>One validation error, with the policies that contributed to it.</summary>
public sealed record EffectivePolicyValidationError(string? ErrorCode, string? ErrorMessage, string? PathToError, IReadOnlyList<string> ContributingPolicyIds);
