using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>
/// Picks the credentials the way the AWS CLI does: an explicit profile first, then access keys in the (injected)
/// environment, then the SDK's default chain (environment, profiles incl. SSO, container and instance roles).
/// </summary>
internal static class CredentialsResolver
{
    public static AWSCredentials Resolve(string? profile, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(profile))
        {
            return new CredentialProfileStoreChain().TryGetAWSCredentials(profile, out var fromProfile)
                ? fromProfile
                : throw new AwsCredentialsException(
                    $"AWS profile '{profile}' was not found or has no usable credentials. Check ~/.aws/config, or run 'aws configure --profile {profile}' or 'aws sso login --profile {profile}'.");
        }

        var accessKey = environment("AWS_ACCESS_KEY_ID");
        var secretKey = environment("AWS_SECRET_ACCESS_KEY");
        if (!string.IsNullOrWhiteSpace(accessKey) && !string.IsNullOrWhiteSpace(secretKey))
        {
            var sessionToken = environment("AWS_SESSION_TOKEN");
            return string.IsNullOrWhiteSpace(sessionToken)
                ? new BasicAWSCredentials(accessKey, secretKey)
                : new SessionAWSCredentials(accessKey, secretKey, sessionToken);
        }

        try
        {
            return DefaultAWSCredentialsIdentityResolver.GetCredentials();
        }
        catch (AmazonClientException e)
        {
            throw new AwsCredentialsException(
                "No AWS credentials found. Set AWS_PROFILE or pass --profile, run 'aws sso login', or export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.", e);
        }
    }
}
