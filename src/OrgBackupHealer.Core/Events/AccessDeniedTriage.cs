namespace OrgBackupHealer.Core.Events;

/// <summary>
/// Reads the policy type from an error signal. AWS access-denied messages name the control:
/// "... with an explicit deny in a service control policy" or "... because no identity-based policy allows ...".
/// </summary>
internal static class AccessDeniedTriage
{
    private static readonly string[] s_throttlingCodes = ["ThrottlingException", "TooManyRequestsException", "Throttling"];

    public static bool IsAccessDenied(string? errorCode) =>
        errorCode is not null && errorCode.StartsWith("AccessDenied", StringComparison.Ordinal);

    public static bool IsThrottling(string? errorCode) =>
        errorCode is not null && s_throttlingCodes.Contains(errorCode, StringComparer.Ordinal);

    /// <returns>The category, or null when the error code is neither access denied nor throttling.</returns>
    public static TriageCategory? Categorize(string? errorCode, string? errorMessage)
    {
        if (IsThrottling(errorCode))
        {
            return TriageCategory.Throttling;
        }

        if (!IsAccessDenied(errorCode))
        {
            return null;
        }

        if (Names(errorMessage, "service control policy"))
        {
            return TriageCategory.ServiceControlPolicy;
        }

        if (Names(errorMessage, "VPC endpoint policy"))
        {
            return TriageCategory.VpcEndpointPolicy;
        }

        if (Names(errorMessage, "permissions boundary") || Names(errorMessage, "session policy"))
        {
            return TriageCategory.PermissionsBoundaryOrSessionPolicy;
        }

        return Names(errorMessage, "identity-based policy") ? TriageCategory.IamIdentityPolicy : TriageCategory.Unknown;
    }

    private static bool Names(string? message, string control) =>
        message is not null && message.Contains(control, StringComparison.OrdinalIgnoreCase);
}
