using Amazon.Runtime;
using OrgBackupHealer.Aws.Tests.Stubs;
using OrgBackupHealer.Core.Incidents;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Aws.Tests.Incidents;

/// <summary>The public factory's own transport over real HTTP: the environment it is given, and no redirect followed.</summary>
public sealed class EventBridgeIncidentSinkTransportTests
{
    private static readonly BasicAWSCredentials s_credentials = new("AKIDEXAMPLE", "secret");

    [Fact]
    public async Task ThePublicFactoryPublishesToTheEndpointOfTheEnvironmentItIsGiven()
    {
        using var bus = new FakeEventBridge();
        var environment = new Dictionary<string, string> { ["AWS_REGION"] = "eu-west-1", ["AWS_ENDPOINT_URL_EVENTBRIDGE"] = bus.Url };
        using var sink = EventBridgeIncidentSinkFactory.Create("incidents", name => environment.GetValueOrDefault(name), s_credentials);

        await sink.PublishAsync("platform", [new Incident(IncidentKind.PolicyRepaired, "repaired")], default);

        var entry = Assert.Single(Assert.Single(bus.Calls));
        Assert.Equal("incidents", entry!["EventBusName"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARedirectIsAFailedPublishNotARequestSignedForAnotherPlace()
    {
        using var redirecting = new RedirectingEndpoint();
        var environment = new Dictionary<string, string> { ["AWS_ENDPOINT_URL_EVENTBRIDGE"] = redirecting.Url.ToString() };
        using var sink = EventBridgeIncidentSinkFactory.Create(null, name => environment.GetValueOrDefault(name), s_credentials);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => sink.PublishAsync("platform", [new Incident(IncidentKind.PolicyRepaired, "repaired")], default));
        Assert.Contains("PutEvents failed with HTTP 307", failure.Message, StringComparison.Ordinal);

        Assert.Equal(1, redirecting.Requests);
    }
}
