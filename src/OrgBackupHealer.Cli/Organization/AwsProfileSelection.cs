using Amazon.Runtime.CredentialManagement;

namespace OrgBackupHealer.Cli.Organization;

/// <summary>
/// Which named profile supplies credentials, in the AWS CLI's order: --profile, then access keys in the environment
/// (no profile), then AWS_PROFILE. A profile named by AWS_PROFILE that does not exist is reported as such, naming the
/// variable, instead of as "no credentials" with advice to set the variable that is already set.
/// </summary>
internal static class AwsProfileSelection
{
    public const string ProfileVariable = "AWS_PROFILE";

    /// <exception cref="CliException">AWS_PROFILE names a profile that is in neither ~/.aws/config nor ~/.aws/credentials.</exception>
    public static string? Choose(string? requested, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(requested))
        {
            return requested;
        }

        if (!string.IsNullOrWhiteSpace(environment("AWS_ACCESS_KEY_ID")) && !string.IsNullOrWhiteSpace(environment("AWS_SECRET_ACCESS_KEY")))
        {
            return null;
        }

        var fromEnvironment = environment(ProfileVariable);
        if (string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return null;
        }

        return new CredentialProfileStoreChain().TryGetProfile(fromEnvironment, out _)
            ? fromEnvironment
            : throw new CliException(
                $"{ProfileVariable} is set to '{fromEnvironment}', but there is no profile of that name in ~/.aws/config or ~/.aws/credentials. "
                + $"Correct or unset {ProfileVariable}, or pass --profile with a profile that exists ('aws configure list-profiles' lists them).");
    }
}
