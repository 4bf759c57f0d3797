using System.Text.Json.Nodes;
using Amazon.Runtime;
using OrgBackupHealer.Aws.Tests.Stubs;
using OrgBackupHealer.Core.Incidents;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Aws.Tests.Incidents;

/// <summary>
/// Issue 24's "every incident kind produces exactly one event matching the documented schema": each kind published
/// through the EventBridge sink becomes one PutEvents entry with the healer's source, the documented detail-type and a
/// detail that docs/incident-event.schema.json accepts; the call is JSON 1.1, signed for "events", on the configured bus.
/// </summary>
public sealed class EventBridgeIncidentSinkTests
{
    private static readonly Dictionary<string, string> s_environment = new(StringComparer.Ordinal)
    {
        ["AWS_REGION"] = "us-east-1",
        ["AWS_LAMBDA_LOG_GROUP_NAME"] = "/aws/lambda/obh-healer",
        ["AWS_LAMBDA_LOG_STREAM_NAME"] = "2026/12/06/[$LATEST]abc",
    };

    public static TheoryData<IncidentKind> Kinds => [.. IncidentKinds.All];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EveryIncidentKindIsOneEventMatchingTheDocumentedSchema(IncidentKind kind)
    {
        // Arrange
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("""{"FailedEntryCount":0,"Entries":[{"EventId":"e-1"}]}"""));
        using var sink = Create(stub, "org-incidents");

        // Act
        await sink.PublishAsync("platform", [Sample(kind)], default);

        // Assert
        var request = Assert.Single(stub.Requests);
        var entry = Assert.Single(JsonNode.Parse(request.Body)!["Entries"]!.AsArray())!;
        var published = new JsonObject
        {
            ["source"] = entry["Source"]!.GetValue<string>(),
            ["detail-type"] = entry["DetailType"]!.GetValue<string>(),
            ["detail"] = JsonNode.Parse(entry["Detail"]!.GetValue<string>()),
        };
        Assert.Empty(IncidentEventSchema.Validate(published));
        Assert.Equal(IncidentKinds.Name(kind), published["detail"]!["kind"]!.GetValue<string>());
        Assert.Equal(IncidentEventSchema.DetailTypes()[IncidentKinds.Name(kind)], published["detail-type"]!.GetValue<string>());
        Assert.Equal("org-incidents", entry["EventBusName"]!.GetValue<string>());
        Assert.Equal("AWSEvents.PutEvents", request.Header("X-Amz-Target"));
        Assert.Contains("/us-east-1/events/aws4_request", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.StartsWith("https://us-east-1.console.aws.amazon.com/cloudwatch/home", published["detail"]!["logs"]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheDocumentedDetailTypesAreExactlyTheKindsTheHealerPublishes()
    {
        var documented = IncidentEventSchema.DetailTypes();

        Assert.Equal(IncidentKinds.All.Select(IncidentKinds.Name).Order(StringComparer.Ordinal), documented.Keys.Order(StringComparer.Ordinal));
        Assert.All(IncidentKinds.All, k => Assert.Equal(IncidentKinds.DetailType(k), documented[IncidentKinds.Name(k)]));
    }

    [Fact]
    public async Task ElevenIncidentsGoOutInTwoCallsOfAtMostTen()
    {
        var stub = new StubAwsHandler()
            .Then(AwsAnswers.Json("""{"FailedEntryCount":0,"Entries":[]}"""))
            .Then(AwsAnswers.Json("""{"FailedEntryCount":0,"Entries":[]}"""));
        using var sink = Create(stub, null);

        await sink.PublishAsync("platform", [.. IncidentKinds.All.Select(Sample)], default);

        Assert.Equal([10, 1], stub.Requests.Select(r => JsonNode.Parse(r.Body)!["Entries"]!.AsArray().Count));
        Assert.All(stub.Requests, r => Assert.Equal("default", JsonNode.Parse(r.Body)!["Entries"]![0]!["EventBusName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AnEntryTheServiceRefusesFailsThePublishWithItsErrorCode()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("""{"FailedEntryCount":1,"Entries":[{"ErrorCode":"InternalFailure","ErrorMessage":"try again"}]}"""));
        using var sink = Create(stub, null);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => sink.PublishAsync("platform", [Sample(IncidentKind.PolicyRepaired)], default));

        Assert.Contains("InternalFailure: try again", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eu-west-1", "ap-south-1", "https://events.eu-west-1.amazonaws.com/")]
    [InlineData("", "ap-south-1", "https://events.ap-south-1.amazonaws.com/")]
    [InlineData("", "", "https://events.us-east-1.amazonaws.com/")]
    public async Task PublishesToTheRegionsEndpointFromAwsRegionThenAwsDefaultRegionThenUsEast1(string region, string defaultRegion, string endpoint)
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("""{"FailedEntryCount":0,"Entries":[{"EventId":"e-1"}]}"""));
        var environment = new Dictionary<string, string> { ["AWS_REGION"] = region, ["AWS_DEFAULT_REGION"] = defaultRegion };
        using var sink = EventBridgeIncidentSinkFactory.Create(
            null, name => environment.GetValueOrDefault(name), new BasicAWSCredentials("AKIDEXAMPLE", "secret"), TimeProvider.System, stub);

        await sink.PublishAsync("platform", [Sample(IncidentKind.PolicyRepaired)], default);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(new Uri(endpoint), request.Uri);
        Assert.Contains($"/{(region.Length > 0 ? region : defaultRegion.Length > 0 ? defaultRegion : "us-east-1")}/events/aws4_request", request.Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamesTheToolAndItsVersionInTheUserAgent()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("""{"FailedEntryCount":0,"Entries":[{"EventId":"e-1"}]}"""));
        using var sink = Create(stub, null);

        await sink.PublishAsync("platform", [Sample(IncidentKind.PolicyRepaired)], default);

        Assert.StartsWith("OrgBackupHealer/", Assert.Single(stub.Requests).Header("User-Agent"), StringComparison.Ordinal);
    }

    private static EventBridgeIncidentSink Create(StubAwsHandler stub, string? bus) =>
        EventBridgeIncidentSinkFactory.Create(bus, name => s_environment.GetValueOrDefault(name), new BasicAWSCredentials("AKIDEXAMPLE", "secret"), TimeProvider.System, stub);

    private static Incident Sample(IncidentKind kind) => new(kind, $"A {kind} happened.")
    {
        Policy = kind is IncidentKind.FlapGuardTripped or IncidentKind.CoverageGap or IncidentKind.CoverageIncomplete ? null : "baseline",
        Targets = ["r-ab12", "ou-ab12-cdef3456"],
        Changes = ["AttachPolicy r-ab12: detached"],
        DriftActor = "arn:aws:iam::111122223333:user/mallory",
        Fixes = kind == IncidentKind.PolicyRepaired ? ["AttachPolicy r-ab12: detached"] : [],
        Snapshot = "s3://snapshots/2026/12/06/x.json",
        ProposalId = "prop-0123456789abcdef0123",
        ProposalExpiresAt = new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero),
        Reason = "Reason",
    };
}
