using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Reconciliation;

/// <summary>Turns a service error into a sentence an operator can act on.</summary>
public static class OperatorGuidance
{
    public static string Explain(string step, Exception error) => error switch
    {
        OrganizationsException { ErrorCode: OrganizationsErrorCodes.AccessDenied } e =>
            $"{step} was denied ({e.ServiceMessage}). Grant the healer's role the organizations action for {step}, and check SCPs, permissions boundaries and VPC endpoint policies.",
        OrganizationsException { ErrorCode: OrganizationsErrorCodes.AwsOrganizationsNotInUse } =>
            $"{step} failed: this account is not a member of an organization. Deploy the healer in the management account.",
        OrganizationsException { ErrorCode: OrganizationsErrorCodes.ConstraintViolation } e =>
            $"{step} hit an Organizations limit ({e.ServiceMessage}). Check the reason, e.g. the number of policies attached to the target or a non-management account.",
        OrganizationsException { ErrorCode: OrganizationsErrorCodes.MalformedPolicyDocument } e =>
            $"{step} was refused because the policy document is malformed ({e.ServiceMessage}). Fix the policy file and redeploy.",
        OrganizationsException { ErrorCode: OrganizationsErrorCodes.TargetNotFound } e =>
            $"{step} failed: a desired target does not exist ({e.ServiceMessage}). Correct the target ids.",
        OrganizationsException { ErrorCode: OrganizationsErrorCodes.PolicyTypeNotAvailableForOrganization } =>
            $"{step} failed: backup policies need all features enabled in the organization.",
        OrganizationsException e when e.IsRetryable =>
            $"{step} kept failing with {e.ErrorCode} after retries ({e.ServiceMessage}). The healer will run again on the next event or schedule.",
        OrganizationsException e =>
            $"{step} failed with {e.ErrorCode}: {e.ServiceMessage}",
        OperationCanceledException =>
            $"{step} did not finish before the deadline. Raise the function timeout or check for throttling.",
        _ => $"{step} failed: {error.Message}",
    };
}
