using System.Net;
using Amazon.Runtime;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Aws.Tests;

/// <summary>The public factory's own transport over real HTTP: a redirect is an error, never a re-sent signed request.</summary>
public sealed class OrganizationsClientTransportTests
{
    [Fact]
    public async Task ARedirectIsAnErrorNotARequestSignedForAnotherPlace()
    {
        var requests = 0;
        using var redirecting = new LoopbackHttpServer((context, _) =>
        {
            Interlocked.Increment(ref requests);
            context.Response.StatusCode = (int)HttpStatusCode.TemporaryRedirect;
            context.Response.RedirectLocation = new Uri(context.Request.Url!, "/elsewhere").ToString();
            context.Response.Close();
            return Task.CompletedTask;
        });
        var environment = new Dictionary<string, string> { ["AWS_ENDPOINT_URL_ORGANIZATIONS"] = redirecting.Url.ToString() };
        using var client = OrganizationsClientFactory.Create(new OrganizationsClientOptions
        {
            EnvironmentVariables = environment.GetValueOrDefault,
            Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "secret"),
        });

        var failure = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListRootsAsync(default));

        Assert.Equal(1, requests);
        Assert.Contains("HTTP 307", failure.Message, StringComparison.Ordinal);
    }
}
