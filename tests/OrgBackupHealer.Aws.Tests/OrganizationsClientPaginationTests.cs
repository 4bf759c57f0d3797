using System.Text.Json.Nodes;
using OrgBackupHealer.Aws.Internal;
using OrgBackupHealer.Aws.Tests.Stubs;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Tests;

public sealed class OrganizationsClientPaginationTests
{
    [Fact]
    public async Task FollowsNextTokenThroughEveryPageOfPolicies()
    {
        var stub = new StubAwsHandler()
            .Then(AwsAnswers.Json($$"""{"Policies":[{{AwsAnswers.PolicySummary("p-00000001", "one")}}],"NextToken":"t1"}"""))
            .Then(AwsAnswers.Json($$"""{"Policies":[{{AwsAnswers.PolicySummary("p-00000002", "two")}}],"NextToken":"t2"}"""))
            .Then(AwsAnswers.Json($$"""{"Policies":[{{AwsAnswers.PolicySummary("p-00000003", "three")}}]}"""));
        using var client = StubbedClient.Create(stub, StubbedClient.Options with { PageSize = 1 });

        var policies = await client.ListBackupPoliciesAsync(CancellationToken.None);

        Assert.Equal(["one", "two", "three"], policies.Select(p => p.Name));
        Assert.Equal(
            [null, "t1", "t2"],
            stub.Requests.Select(r => JsonNode.Parse(r.Body)!["NextToken"]?.GetValue<string>()));
        Assert.All(stub.Requests, r => Assert.Equal(1, JsonNode.Parse(r.Body)!["MaxResults"]!.GetValue<int>()));
    }

    [Fact]
    public async Task FollowsNextTokenThroughEveryPageOfTargets()
    {
        var stub = new StubAwsHandler()
            .Then(AwsAnswers.Json("""{"Targets":[{"TargetId":"r-ab12","Arn":"arn:root","Name":"Root","Type":"ROOT"}],"NextToken":"t1"}"""))
            .Then(AwsAnswers.Json("""{"Targets":[{"TargetId":"ou-ab12-cdefghij","Arn":"arn:ou","Name":"Workloads","Type":"ORGANIZATIONAL_UNIT"},{"TargetId":"222222222222","Arn":"arn:acct","Name":"Dev","Type":"ACCOUNT"}],"NextToken":null}"""));
        using var client = StubbedClient.Create(stub);

        var targets = await client.ListTargetsForPolicyAsync("p-12345678", CancellationToken.None);

        Assert.Equal([TargetType.Root, TargetType.OrganizationalUnit, TargetType.Account], targets.Select(t => t.Type));
        Assert.Equal("t1", JsonNode.Parse(stub.Requests[1].Body)!["NextToken"]!.GetValue<string>());
    }

    [Fact]
    public async Task FollowsNextTokenThroughEveryPageOfRoots()
    {
        var stub = new StubAwsHandler()
            .Then(AwsAnswers.Json("""{"Roots":[],"NextToken":"t1"}"""))
            .Then(AwsAnswers.Json($$"""{"Roots":[{{AwsAnswers.Root("r-ab12")}}]}"""));
        using var client = StubbedClient.Create(stub);

        var roots = await client.ListRootsAsync(CancellationToken.None);

        Assert.Equal("r-ab12", Assert.Single(roots).Id);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task StopsWhenTheServiceRepeatsANextToken()
    {
        var stub = new StubAwsHandler()
            .Then(AwsAnswers.Json("""{"Policies":[],"NextToken":"same"}"""))
            .Then(AwsAnswers.Json("""{"Policies":[],"NextToken":"same"}"""));
        using var client = StubbedClient.Create(stub);

        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListBackupPoliciesAsync(CancellationToken.None));

        Assert.Equal(OrganizationsErrorCodes.InvalidResponse, error.ErrorCode);
    }
}
