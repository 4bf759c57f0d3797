using Amazon.Runtime;
using OrgBackupHealer.Aws.Tests.Stubs;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Tests;

/// <summary>The public factory's own transport over real HTTP: a redirect is an error, never a re-sent signed request.</summary>
public sealed class OrganizationsClientTransportTests
{
    [Fact]
    public async Task ARedirectIsAnErrorNotARequestSignedForAnotherPlace()
    {
        using var redirecting = new RedirectingEndpoint();
        var environment = new Dictionary<string, string> { ["AWS_ENDPOINT_URL_ORGANIZATIONS"] = redirecting.Url.ToString() };
        using var client = OrganizationsClientFactory.Create(new OrganizationsClientOptions
        {
            EnvironmentVariables = environment.GetValueOrDefault,
            Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "secret"),
        });

        var failure = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListRootsAsync(default));

        Assert.Equal(1, redirecting.Requests);
        Assert.Contains("HTTP 307", failure.Message, StringComparison.Ordinal);
    }
}
