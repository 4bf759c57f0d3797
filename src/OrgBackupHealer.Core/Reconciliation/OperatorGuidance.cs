using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>
/// The one place a failure becomes advice, for the Lambda's log and the CLI's error line alike: whether a retry can
/// help, the ReconcileFailed Reason, and a sentence that quotes the service's words and says what to change.
/// </summary>
public static class OperatorGuidance
{
    private const string WhereToRun =
        "Run the healer in the organization's management account, or in the account delegated to administer backup policies (templates/delegated-admin-policy.yaml)";

    public static string Explain(string step, Exception error) => Diagnose(step, error).Message;

    public static Diagnosis Diagnose(string step, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            OrganizationsException { ErrorCode: OrganizationsErrorCodes.EndpointUnreachable } e => Transient(
                $"{step} could not reach the Organizations endpoint ({e.Message})."),
            OrganizationsException { ErrorCode: OrganizationsErrorCodes.PolicyTypeNotEnabled } e => Transient(
                $"{step} failed: BACKUP_POLICY was disabled on the root while the healer was repairing it ({e.Message}). It will be tried again."),
            OrganizationsException e when e.IsRetryable => Transient(
                $"{step} kept failing with {Code(e)} after retries ({e.Message}). The service is throttling or busy; it will be tried again."),
            OrganizationsException e => Terminal(e, step),
            OperationCanceledException => Transient(
                $"{step} did not finish before the deadline. Raise the function timeout, or look for throttling (TooManyRequestsException) in the log."),
            _ => Transient($"{step} failed: {error.Message}"),
        };
    }

    /// <summary>A per-target error of AttachPolicy, or null when the error is not about the target.</summary>
    public static UnreachableTarget? AsUnreachable(string targetId, OrganizationsException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            { ErrorCode: OrganizationsErrorCodes.TargetNotFound or OrganizationsErrorCodes.AccountNotFound or OrganizationsErrorCodes.OrganizationalUnitNotFound } =>
                new(targetId, UnreachableReasons.NotFound, $"{targetId} was not found ({error.Message}): it was deleted, it left the organization, or the id is wrong. Correct the target ids."),
            { ErrorCode: OrganizationsErrorCodes.ConstraintViolation, Reason: "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED" or "POLICY_NUMBER_LIMIT_EXCEEDED" } =>
                new(targetId, UnreachableReasons.AttachmentLimit, $"{targetId} has as many backup policies attached as Organizations allows ({error.Reason}: {error.Message}). Detach one there, or drop the target."),
            { ErrorCode: OrganizationsErrorCodes.AccessDenied } =>
                new(targetId, UnreachableReasons.AccessDenied, $"AttachPolicy to {targetId} was denied ({error.Message}). Check SCPs and the delegation policy for this target."),
            { ErrorCode: OrganizationsErrorCodes.InvalidInput } =>
                new(targetId, UnreachableReasons.InvalidTarget, $"Organizations refused the target id {targetId} ({error.Message}). Correct the target ids."),
            _ => null,
        };
    }

    private static Diagnosis Terminal(OrganizationsException e, string step) => e.ErrorCode switch
    {
        OrganizationsErrorCodes.AccessDenied => new(FailureKind.Terminal, FailureReasons.AccessDenied,
            $"{step} was denied: {e.Message}. {WhereToRun}, with organizations:{e.Operation ?? step} allowed to its role; also check SCPs, permissions boundaries and VPC endpoint policies."),
        OrganizationsErrorCodes.AwsOrganizationsNotInUse => new(FailureKind.Terminal, FailureReasons.NoOrganization,
            $"{step} failed: this account is not in an AWS organization ({e.Message}). {WhereToRun}."),
        OrganizationsErrorCodes.PolicyTypeNotAvailableForOrganization => new(FailureKind.Terminal, FailureReasons.AllFeaturesRequired,
            $"{step} failed: backup policies need all features enabled in the organization ({e.Message}). Enable all features, then the healer can proceed."),
        OrganizationsErrorCodes.ConstraintViolation when e.Reason == "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE" => new(FailureKind.Terminal, FailureReasons.AllFeaturesRequired,
            $"{step} failed: the organization does not have all features enabled ({e.Message}). Enable all features, then the healer can proceed."),
        OrganizationsErrorCodes.ConstraintViolation when e.Reason == "POLICY_CONTENT_LIMIT_EXCEEDED" => new(FailureKind.Terminal, FailureReasons.PolicyDocumentRejected,
            $"{step} was refused: the policy document is larger than Organizations allows ({e.Message}). Shorten the policy file, check it with 'orgbackuphealer validate', and redeploy."),
        OrganizationsErrorCodes.ConstraintViolation => new(FailureKind.Terminal, FailureReasons.LimitExceeded,
            $"{step} hit an Organizations limit ({e.Reason ?? "no reason given"}: {e.Message}). Raise the quota or free room under it."),
        OrganizationsErrorCodes.MalformedPolicyDocument => new(FailureKind.Terminal, FailureReasons.PolicyDocumentRejected,
            $"{step} was refused because the policy document is malformed ({e.Message}). Fix the policy file, check it with 'orgbackuphealer validate', and redeploy."),
        OrganizationsErrorCodes.UnsupportedApiEndpoint => new(FailureKind.Terminal, FailureReasons.PolicyTypeUnavailable,
            $"{step} failed: this endpoint does not serve Organizations policy operations ({e.Message}). Use us-east-1."),
        OrganizationsErrorCodes.DuplicatePolicy => new(FailureKind.Terminal, FailureReasons.OwnershipConflict,
            $"{step} failed: a BACKUP_POLICY with that name exists and is not the healer's ({e.Message}). Adopt it (AdoptPolicyId / --adopt-policy-id) or choose another policy name."),
        _ => new(FailureKind.Terminal, FailureReasons.Rejected, $"{step} failed with {Code(e)}: {e.Message}"),
    };

    private static Diagnosis Transient(string message) => new(FailureKind.Transient, FailureReasons.Transient, message);

    private static string Code(OrganizationsException e) => e.ExceptionType is { Length: > 0 } type ? $"{e.ErrorCode} ({type})" : e.ErrorCode;
}

/// <summary>
/// Which exceptions are a reconcile's (or a coverage check's) failure to diagnose, rather than a bug: an error the
/// Organizations port answered (the adapters map their transport failures to one) and the deadline. Everything else
/// propagates as it is.
/// </summary>
internal static class ReconcileFailures
{
    public static bool IsExpected(Exception error) => error is OrganizationsException or OperationCanceledException;
}
