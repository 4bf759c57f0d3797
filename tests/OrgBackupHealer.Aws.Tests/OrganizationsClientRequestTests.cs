using System.Text.Json.Nodes;
using Amazon.Runtime;
using OrgBackupHealer.Aws.Tests.Stubs;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Tests;

public sealed class OrganizationsClientRequestTests
{
    [Fact]
    public async Task SendsAJson11PostSignedWithSigV4ForOrganizationsInUsEast1()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Json(AwsAnswers.EmptyRoots));
        using var client = StubbedClient.Create(stub);

        await client.ListRootsAsync(CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri("https://organizations.us-east-1.amazonaws.com/"), request.Uri);
        Assert.Equal("AWSOrganizationsV20161128.ListRoots", request.Header("X-Amz-Target"));
        Assert.Equal("application/x-amz-json-1.1", request.Header("Content-Type"));
        Assert.Equal("{}", request.Body);
        var authorization = request.Header("Authorization");
        Assert.NotNull(authorization);
        Assert.Matches(
            @"^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\d{8}/us-east-1/organizations/aws4_request, SignedHeaders=[^,]*x-amz-target[^,]*, Signature=[0-9a-f]{64}$",
            authorization);
        Assert.NotNull(request.Header("X-Amz-Date"));
        Assert.Null(request.Header("X-Amz-Security-Token"));
    }

    [Fact]
    public async Task NamesTheToolAndItsVersionInTheUserAgent()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Json(AwsAnswers.EmptyRoots));
        using var client = StubbedClient.Create(stub);

        await client.ListRootsAsync(CancellationToken.None);

        var version = typeof(OrganizationsClient).Assembly.GetName().Version!.ToString(3);
        Assert.StartsWith($"OrgBackupHealer/{version}", Assert.Single(stub.Requests).Header("User-Agent"));
    }

    [Fact]
    public async Task SendsTheSessionTokenOfTemporaryCredentials()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Json(AwsAnswers.EmptyRoots));
        var options = StubbedClient.Options with { Credentials = new SessionAWSCredentials("ASIAEXAMPLE", "secret", "the-session-token") };
        using var client = StubbedClient.Create(stub, options);

        await client.ListRootsAsync(CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal("the-session-token", request.Header("X-Amz-Security-Token"));
        Assert.Contains("Credential=ASIAEXAMPLE/", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.Contains("x-amz-security-token", request.Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TakesCredentialsAndEndpointFromTheInjectedEnvironment()
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = "testing",
            ["AWS_SECRET_ACCESS_KEY"] = "testing",
            ["AWS_SESSION_TOKEN"] = "token-from-env",
            ["AWS_ENDPOINT_URL_ORGANIZATIONS"] = "http://127.0.0.1:4566",
        };
        var stub = new StubAwsHandler().Then(AwsAnswers.Json(AwsAnswers.EmptyRoots));
        var options = StubbedClient.Options with { Credentials = null, EnvironmentVariables = environment.GetValueOrDefault };
        using var client = StubbedClient.Create(stub, options);

        await client.ListRootsAsync(CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(new Uri("http://127.0.0.1:4566/"), request.Uri);
        Assert.Contains("Credential=testing/", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal("token-from-env", request.Header("X-Amz-Security-Token"));
    }

    [Fact]
    public async Task CreatesABackupPolicyWithTheModelsMemberNamesAndTags()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Json(AwsAnswers.PolicyOutput("p-12345678", "baseline")));
        using var client = StubbedClient.Create(stub);
        var tags = new Dictionary<string, string> { ["managed-by"] = "org-backup-healer" };

        var created = await client.CreateBackupPolicyAsync(new NewPolicy("baseline", "the baseline", "{\"plans\":{}}", tags), CancellationToken.None);

        Assert.Equal("p-12345678", created.Id);
        var request = Assert.Single(stub.Requests);
        Assert.Equal("AWSOrganizationsV20161128.CreatePolicy", request.Header("X-Amz-Target"));
        var expected = JsonNode.Parse("""
            {"Content":"{\"plans\":{}}","Description":"the baseline","Name":"baseline","Type":"BACKUP_POLICY",
             "Tags":[{"Key":"managed-by","Value":"org-backup-healer"}]}
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(request.Body)), request.Body);
    }

    [Fact]
    public async Task UpdatesOnlyTheContentOfAPolicy()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Json(AwsAnswers.PolicyOutput("p-12345678", "baseline")));
        using var client = StubbedClient.Create(stub);

        await client.UpdateManagedPolicyAsync(new ManagedPolicyId("p-12345678"), new PolicyUpdate(Content: "{}"), CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal("AWSOrganizationsV20161128.UpdatePolicy", request.Header("X-Amz-Target"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"PolicyId":"p-12345678","Content":"{}"}"""), JsonNode.Parse(request.Body)), request.Body);
    }

    [Fact]
    public async Task ListsOnlyBackupPoliciesAndSendsNoNullMembers()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("""{"Policies":[]}"""));
        using var client = StubbedClient.Create(stub);

        await client.ListBackupPoliciesAsync(CancellationToken.None);

        Assert.Equal("""{"Filter":"BACKUP_POLICY"}""", Assert.Single(stub.Requests).Body);
    }

    [Fact]
    public async Task AttachesWithPolicyAndTargetIdsAndAcceptsAnEmptyAnswer()
    {
        var stub = new StubAwsHandler().Then(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        using var client = StubbedClient.Create(stub);

        await client.AttachManagedPolicyAsync(new ManagedPolicyId("p-12345678"), "r-ab12", CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal("AWSOrganizationsV20161128.AttachPolicy", request.Header("X-Amz-Target"));
        Assert.Equal("""{"PolicyId":"p-12345678","TargetId":"r-ab12"}""", request.Body);
    }

    [Fact]
    public async Task EnablesTheBackupPolicyTypeAndReadsThePendingStatus()
    {
        var root = AwsAnswers.Root("r-ab12", """[{"Type":"BACKUP_POLICY","Status":"PENDING_ENABLE"}]""");
        var stub = new StubAwsHandler().Then(AwsAnswers.Json($$"""{"Root":{{root}}}"""));
        using var client = StubbedClient.Create(stub);

        var answered = await client.EnableBackupPolicyTypeAsync("r-ab12", CancellationToken.None);

        Assert.Equal(PolicyTypeStatus.PendingEnable, answered.BackupPolicyStatus);
        Assert.Equal("""{"RootId":"r-ab12","PolicyType":"BACKUP_POLICY"}""", Assert.Single(stub.Requests).Body);
    }
}
