using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;

namespace OrgBackupHealer.Cli.Organization;

/// <summary>The credentials of the commands that reach AWS services through the SDK (the state table, the incident bus).</summary>
internal static class CliCredentials
{
    /// <summary>--profile or AWS_PROFILE, else access keys in the command's environment, else null: the SDK's own chain.</summary>
    public static AWSCredentials? Resolve(CliHost host, string? profile)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (AwsProfileSelection.Choose(profile, host.Environment) is { } chosen)
        {
            return new CredentialProfileStoreChain().TryGetAWSCredentials(chosen, out var fromProfile)
                ? fromProfile
                : throw new CliException($"AWS profile '{chosen}' was not found or has no usable credentials. Check ~/.aws/config, or run 'aws sso login --profile {chosen}'.");
        }

        if (host.Environment("AWS_ACCESS_KEY_ID") is { Length: > 0 } key && host.Environment("AWS_SECRET_ACCESS_KEY") is { Length: > 0 } secret)
        {
            return host.Environment("AWS_SESSION_TOKEN") is { Length: > 0 } token ? new SessionAWSCredentials(key, secret, token) : new BasicAWSCredentials(key, secret);
        }

        return null;
    }
}
