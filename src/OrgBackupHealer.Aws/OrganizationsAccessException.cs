using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws;

/// <summary>
/// AccessDeniedException or AWSOrganizationsNotInUseException: the credentials do not belong to an organization's
/// management account, lack a permission, or the account has no organization. The error code stays the service's,
/// so the core treats it like any other non-retryable error; the message is one line saying what to fix.
/// </summary>
public sealed class OrganizationsAccessException : OrganizationsException
{
    public OrganizationsAccessException(string errorCode, string operation, string serviceMessage, int? httpStatus)
        : base(errorCode, Explain(errorCode, operation, serviceMessage), httpStatus)
    {
        Operation = operation;
        ServiceMessage = serviceMessage;
    }

    public string Operation { get; }

    /// <summary>The message exactly as the service sent it.</summary>
    public override string ServiceMessage { get; }

    private static string Explain(string errorCode, string operation, string serviceMessage) => errorCode switch
    {
        OrganizationsErrorCodes.AwsOrganizationsNotInUse =>
            $"This account is not in an AWS organization ({operation}: {serviceMessage}). Create the organization, or use credentials of its management account.",
        _ =>
            $"Access denied to organizations:{operation} ({serviceMessage}). Use credentials of the organization's management account (member accounts cannot manage policies) with organizations:{operation} allowed.",
    };
}
