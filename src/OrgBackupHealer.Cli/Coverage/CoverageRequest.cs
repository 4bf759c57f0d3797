using OrgBackupHealer.Cli.Commands;

namespace OrgBackupHealer.Cli.Coverage;

/// <summary>One coverage run: the organization options plan takes, the check's time budget and its cap on validation-error reads.</summary>
internal sealed record CoverageRequest(OrganizationSettings Settings, TimeSpan Budget, int MaxValidationErrorReads);
