using System.Net;
using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Aws.Tests.Stubs;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Resilience;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Aws.Tests;

/// <summary>
/// The client exactly as both hosts compose it: one attempt per call inside the core's one retry policy. moto never
/// throttles nor fails transiently, so these run against AWS-shaped stub answers, on clocks that never really wait.
/// </summary>
public sealed class ShippedRetryPolicyTests
{
    private readonly ImmediateTimeProvider _backoff = new();
    private readonly List<RetryNotice> _notices = [];

    [Theory]
    [InlineData("TooManyRequestsException", HttpStatusCode.BadRequest)]
    [InlineData("ThrottlingException", HttpStatusCode.BadRequest)]
    [InlineData("Throttling", HttpStatusCode.BadRequest)]
    [InlineData("ConcurrentModificationException", HttpStatusCode.BadRequest)]
    [InlineData("PolicyChangesInProgressException", HttpStatusCode.BadRequest)]
    [InlineData("ServiceException", HttpStatusCode.InternalServerError)]
    [InlineData("InternalFailure", HttpStatusCode.ServiceUnavailable)]
    public async Task RetriesEveryTransientAnswerThenReturnsTheResult(string code, HttpStatusCode status)
    {
        // Arrange
        var stub = new StubAwsHandler()
            .Then(AwsAnswers.Error(code, "try again", status))
            .Then(AwsAnswers.Json($$"""{"Roots":[{{AwsAnswers.Root("r-ab12")}}]}"""));
        using var client = StubbedClient.Create(stub);

        // Act
        var roots = await Retrying(client).ListRootsAsync(CancellationToken.None);

        // Assert
        Assert.Equal("r-ab12", Assert.Single(roots).Id);
        Assert.Equal(2, stub.Requests.Count);
        Assert.All(stub.Requests, r => Assert.StartsWith("AWS4-HMAC-SHA256 ", r.Header("Authorization"), StringComparison.Ordinal));
        var notice = Assert.Single(_notices);
        Assert.Equal(("ListRoots", 1, code), (notice.Operation, notice.Attempt, notice.Error.ErrorCode));
    }

    [Fact]
    public async Task GivesUpAfterTheLastAttemptWithTheServiceError()
    {
        // Arrange
        var stub = new StubAwsHandler().ThenRepeatedly(AwsAnswers.Throttled, 3);
        using var client = StubbedClient.Create(stub);

        // Act
        var error = await Assert.ThrowsAsync<OrganizationsException>(() => Retrying(client, maxAttempts: 3).ListBackupPoliciesAsync(CancellationToken.None));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.TooManyRequests, error.ErrorCode);
        Assert.Equal(3, stub.Requests.Count);
        Assert.Equal(2, _backoff.Delays.Count);
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
        // Arrange
        var stub = new StubAwsHandler().Then(AwsAnswers.Error(code, "no"));
        using var client = StubbedClient.Create(stub);

        // Act
        var error = await Assert.ThrowsAnyAsync<OrganizationsException>(
            () => Retrying(client).UpdateManagedPolicyAsync(new ManagedPolicyId("p-12345678"), new PolicyUpdate(Content: "{}"), CancellationToken.None));

        // Assert
        Assert.Equal(code, error.ErrorCode);
        Assert.Single(stub.Requests);
        Assert.Empty(_backoff.Delays);
    }

    [Fact]
    public async Task AnAttemptWithoutAnswerEndsAsARetryableTimeoutOnTheClientsClock()
    {
        // Arrange: the clock passes the timeout while the request is on the wire (synchronously, on the caller's
        // thread: nothing here depends on another thread being scheduled).
        var clock = new FakeTimeProvider();
        var stub = new StubAwsHandler().ThenNoAnswer();
        stub.OnRequest = _ => clock.Advance(TimeSpan.FromSeconds(10));
        using var client = StubbedClient.Create(stub, StubbedClient.Options with { RequestTimeout = TimeSpan.FromSeconds(10), TimeProvider = clock });

        // Act
        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListRootsAsync(CancellationToken.None));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.RequestTimeout, error.ErrorCode);
        Assert.Equal("ListRoots", error.Operation);
        Assert.True(error.IsRetryable);
        Assert.Contains("10 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetriesAnAttemptThatTimedOut()
    {
        // Arrange: the first attempt is cut by the client's timeout, the retry is answered.
        var clock = new FirstTimerFiresOnCueClock();
        var stub = new StubAwsHandler().ThenNoAnswer().Then(AwsAnswers.Json(AwsAnswers.EmptyRoots));
        stub.OnRequest = count =>
        {
            if (count == 1)
            {
                clock.FireFirstTimer();
            }
        };
        using var client = StubbedClient.Create(stub, StubbedClient.Options with { TimeProvider = clock });

        // Act
        var roots = await Retrying(client).ListRootsAsync(CancellationToken.None);

        // Assert
        Assert.Empty(roots);
        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal(OrganizationsErrorCodes.RequestTimeout, Assert.Single(_notices).Error.ErrorCode);
    }

    [Fact]
    public async Task StopsRetryingWhenTheCallerCancels()
    {
        // Arrange
        using var caller = new CancellationTokenSource();
        var stub = new StubAwsHandler().ThenRepeatedly(AwsAnswers.Throttled, 50);
        stub.OnRequest = count =>
        {
            if (count == 2)
            {
                caller.Cancel();
            }
        };
        using var client = StubbedClient.Create(stub);

        // Act
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Retrying(client, maxAttempts: 50).ListRootsAsync(caller.Token));

        // Assert
        Assert.Equal(2, stub.Requests.Count);
    }

    private RetryingOrganizationsPort Retrying(OrganizationsClient client, int maxAttempts = 6) =>
        new(client, _backoff, new RetryOptions { MaxAttempts = maxAttempts }, new Random(7), _notices.Add);
}
