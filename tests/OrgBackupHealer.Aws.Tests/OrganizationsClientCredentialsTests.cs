using Amazon.Runtime;
using OrgBackupHealer.Aws.Internal;
using OrgBackupHealer.Aws.Tests.Stubs;

namespace OrgBackupHealer.Aws.Tests;

public sealed class OrganizationsClientCredentialsTests
{
    [Fact]
    public async Task ReportsCredentialsThatCannotBeLoadedInOneLineAndSendsNothing()
    {
        var stub = new StubAwsHandler();
        var failing = new DeferredCredentials(() => throw new AmazonClientException("The SSO session has expired.\nRun aws sso login."));
        using var client = StubbedClient.Create(stub, StubbedClient.Options with { Credentials = failing });

        var error = await Assert.ThrowsAsync<AwsCredentialsException>(() => client.ListRootsAsync(CancellationToken.None));

        Assert.Contains("SSO session has expired", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task ReportsAnUnknownProfileInOneLine()
    {
        var stub = new StubAwsHandler();
        var options = StubbedClient.Options with { Credentials = null, Profile = "org-backup-healer-no-such-profile" };
        using var client = StubbedClient.Create(stub, options);

        var error = await Assert.ThrowsAsync<AwsCredentialsException>(() => client.ListRootsAsync(CancellationToken.None));

        Assert.Contains("'org-backup-healer-no-such-profile'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public void PrefersAccessKeysInTheEnvironmentOverTheDefaultChain()
    {
        var environment = new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = "AKIDENV", ["AWS_SECRET_ACCESS_KEY"] = "secret" };

        var credentials = CredentialsResolver.Resolve(null, environment.GetValueOrDefault);

        var resolved = credentials.GetCredentials();
        Assert.Equal("AKIDENV", resolved.AccessKey);
        Assert.False(resolved.UseToken);
    }
}
