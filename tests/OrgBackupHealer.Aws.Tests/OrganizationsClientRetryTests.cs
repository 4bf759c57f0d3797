using System.Net;
using OrgBackupHealer.Aws.Internal;
using OrgBackupHealer.Aws.Tests.Stubs;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Tests;

/// <summary>moto never throttles nor fails transiently, so retries are proved against AWS-shaped stub answers.</summary>
public sealed class OrganizationsClientRetryTests
{
    [Fact]
    public async Task RetriesThrottlingThenReturnsTheAnswer()
    {
        var stub = new StubAwsHandler()
            .Then(AwsAnswers.Throttled())
            .Then(AwsAnswers.Throttled())
            .Then(AwsAnswers.Json($$"""{"Roots":[{{AwsAnswers.Root("r-ab12")}}]}"""));
        using var client = StubbedClient.Create(stub);

        var roots = await client.ListRootsAsync(CancellationToken.None);

        Assert.Equal("r-ab12", Assert.Single(roots).Id);
        Assert.Equal(3, stub.Requests.Count);
        Assert.All(stub.Requests, r => Assert.StartsWith("AWS4-HMAC-SHA256 ", r.Header("Authorization"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ConcurrentModificationException", HttpStatusCode.BadRequest)]
    [InlineData("PolicyChangesInProgressException", HttpStatusCode.BadRequest)]
    [InlineData("ServiceException", HttpStatusCode.InternalServerError)]
    [InlineData("InternalFailure", HttpStatusCode.ServiceUnavailable)]
    public async Task RetriesTransientErrors(string code, HttpStatusCode status)
    {
        var stub = new StubAwsHandler()
            .Then(AwsAnswers.Error(code, "try again", status))
            .Then(new HttpResponseMessage(HttpStatusCode.OK));
        using var client = StubbedClient.Create(stub);

        await client.AttachPolicyAsync("p-12345678", "r-ab12", CancellationToken.None);

        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task GivesUpAfterTheLastAttemptWithTheServiceError()
    {
        var stub = new StubAwsHandler().ThenRepeatedly(AwsAnswers.Throttled, 3);
        using var client = StubbedClient.Create(stub, StubbedClient.Options with { MaxAttempts = 3 });

        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListBackupPoliciesAsync(CancellationToken.None));

        Assert.Equal(OrganizationsErrorCodes.TooManyRequests, error.ErrorCode);
        Assert.Equal(3, stub.Requests.Count);
    }

    [Theory]
    [InlineData("AccessDeniedException")]
    [InlineData("DuplicatePolicyException")]
    [InlineData("MalformedPolicyDocumentException")]
    [InlineData("ConstraintViolationException")]
    [InlineData("InvalidInputException")]
    [InlineData("PolicyNotFoundException")]
    public async Task FailsAtOnceOnErrorsThatAreNotTransient(string code)
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Error(code, "no"));
        using var client = StubbedClient.Create(stub);

        var error = await Assert.ThrowsAnyAsync<OrganizationsException>(() => client.UpdatePolicyContentAsync("p-12345678", "{}", CancellationToken.None));

        Assert.Equal(code, error.ErrorCode);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task RetriesAnAttemptThatTimesOut()
    {
        var stub = new StubAwsHandler().ThenNoAnswer().Then(AwsAnswers.Json(AwsAnswers.EmptyRoots));
        using var client = StubbedClient.Create(stub, StubbedClient.Options with { RequestTimeout = TimeSpan.FromMilliseconds(200) });

        var roots = await client.ListRootsAsync(CancellationToken.None);

        Assert.Empty(roots);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task ReportsATimeoutWhenEveryAttemptTimesOut()
    {
        var stub = new StubAwsHandler().ThenNoAnswer().ThenNoAnswer();
        using var client = StubbedClient.Create(stub, StubbedClient.Options with { MaxAttempts = 2, RequestTimeout = TimeSpan.FromMilliseconds(100) });

        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListRootsAsync(CancellationToken.None));

        Assert.Equal(AwsJsonTransport.RequestTimeoutCode, error.ErrorCode);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task StopsRetryingWhenTheCallerCancels()
    {
        using var caller = new CancellationTokenSource();
        var stub = new StubAwsHandler().ThenRepeatedly(AwsAnswers.Throttled, 50);
        stub.OnRequest = count =>
        {
            if (count == 2)
            {
                caller.Cancel();
            }
        };
        using var client = StubbedClient.Create(stub, StubbedClient.Options with { MaxAttempts = 50 });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.ListRootsAsync(caller.Token));

        Assert.Equal(2, stub.Requests.Count);
    }
}
