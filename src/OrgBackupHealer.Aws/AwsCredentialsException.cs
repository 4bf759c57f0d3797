namespace OrgBackupHealer.Aws;

/// <summary>
/// No usable AWS credentials: none configured, an unknown profile, or an expired SSO session. The message is one
/// line telling the user what to fix, fit to print as it is.
/// </summary>
public sealed class AwsCredentialsException(string message, Exception? innerException = null)
    : Exception(message, innerException);
