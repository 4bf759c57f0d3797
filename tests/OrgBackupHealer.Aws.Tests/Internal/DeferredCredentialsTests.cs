using Amazon.Runtime;
using OrgBackupHealer.Aws.Internal;

namespace OrgBackupHealer.Aws.Tests.Internal;

/// <summary>Credentials that cannot be loaded are one line telling the operator what to do, from either entry point.</summary>
public sealed class DeferredCredentialsTests
{
    private const string Expected =
        "AWS credentials could not be loaded (The SSO session has expired. Run aws sso login.). Refresh them (e.g. 'aws sso login') or choose another profile.";

    [Fact]
    public void ExplainsAFailureOfTheSynchronousRead()
    {
        var credentials = new DeferredCredentials(() => throw new AmazonClientException("The SSO session has expired.\nRun aws sso login."));

        var error = Assert.Throws<AwsCredentialsException>(credentials.GetCredentials);

        Assert.Equal(Expected, error.Message);
        Assert.IsType<AmazonClientException>(error.InnerException);
    }

    [Fact]
    public async Task ExplainsAFailureOfTheAsynchronousRead()
    {
        var credentials = new DeferredCredentials(() => throw new AmazonClientException("The SSO session has expired.\nRun aws sso login."));

        var error = await Assert.ThrowsAsync<AwsCredentialsException>(credentials.GetCredentialsAsync);

        Assert.Equal(Expected, error.Message);
    }

    [Fact]
    public void ReadsTheResolvedCredentials()
    {
        var credentials = new DeferredCredentials(() => new BasicAWSCredentials("AKIDEXAMPLE", "secret"));

        Assert.Equal("AKIDEXAMPLE", credentials.GetCredentials().AccessKey);
    }
}
