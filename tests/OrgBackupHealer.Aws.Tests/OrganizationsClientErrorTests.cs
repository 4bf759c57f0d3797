using System.Net;
using OrgBackupHealer.Aws.Internal;
using OrgBackupHealer.Aws.Tests.Stubs;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Tests;

public sealed class OrganizationsClientErrorTests
{
    [Theory]
    [InlineData("com.amazonaws.organizations.v20161128#PolicyNotFoundException", "PolicyNotFoundException")]
    [InlineData("PolicyNotFoundException", "PolicyNotFoundException")]
    [InlineData("PolicyNotFoundException:http://internal.amazon.com/coral/com.amazonaws.organizations/", "PolicyNotFoundException")]
    [InlineData("aws.organizations#PolicyNotFoundException:extra", "PolicyNotFoundException")]
    [InlineData("", null)]
    [InlineData("#", null)]
    public void ReadsTheErrorShapeNameAfterHashAndBeforeColon(string raw, string? expected)
    {
        Assert.Equal(expected, ErrorResponseReader.ShapeName(raw));
    }

    [Fact]
    public async Task ATransportFailureIsThePortsEndpointUnreachableErrorNamingTheOperation()
    {
        // Arrange: the network below the client fails the way SocketsHttpHandler does for a refused connection.
        var stub = new StubAwsHandler().ThenThrow(new HttpRequestException("Connection refused (127.0.0.1:1)"));
        using var client = StubbedClient.Create(stub);

        // Act
        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListRootsAsync(CancellationToken.None));

        // Assert: Core never sees an HTTP type, and a retry inside the run is not attempted for it.
        Assert.Equal(OrganizationsErrorCodes.EndpointUnreachable, error.ErrorCode);
        Assert.Equal("ListRoots", error.Operation);
        Assert.Equal("Connection refused (127.0.0.1:1)", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task MapsTheBodyTypeMessageAndStatusOfAnError()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Error("PolicyNotFoundException", "We can't find a policy with the PolicyId that you specified."));
        using var client = StubbedClient.Create(stub);

        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.DescribePolicyAsync("p-12345678", CancellationToken.None));

        Assert.Equal(OrganizationsErrorCodes.PolicyNotFound, error.ErrorCode);
        Assert.Equal("We can't find a policy with the PolicyId that you specified.", error.Message);
        Assert.Equal(400, error.HttpStatus);
    }

    [Fact]
    public async Task FallsBackToTheErrorTypeHeaderAndALowercaseMessage()
    {
        var answer = AwsAnswers.Json("""{"message":"You have exceeded the allowed number of policies."}""", HttpStatusCode.BadRequest);
        answer.Headers.Add("x-amzn-ErrorType", "ConstraintViolationException:http://internal.amazon.com/coral/com.amazonaws.organizations/");
        var stub = new StubAwsHandler().Then(answer);
        using var client = StubbedClient.Create(stub);

        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListRootsAsync(CancellationToken.None));

        Assert.Equal(OrganizationsErrorCodes.ConstraintViolation, error.ErrorCode);
        Assert.Equal("You have exceeded the allowed number of policies.", error.Message);
    }

    [Fact]
    public async Task NamesTheStatusWhenAnErrorBodyIsNotJson()
    {
        var answer = new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>Bad Gateway</html>") };
        var stub = new StubAwsHandler().Then(answer);
        using var client = StubbedClient.Create(stub);

        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListRootsAsync(CancellationToken.None));

        Assert.Equal("Http502", error.ErrorCode);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public async Task ReportsADuplicateAttachmentAsItsOwnErrorWithoutRetrying()
    {
        // AWS rejects a second identical attachment; moto accepts it silently (see ServiceFidelity.Moto).
        var stub = new StubAwsHandler().Then(AwsAnswers.Error("DuplicatePolicyAttachmentException", "The selected policy is already attached to the specified target."));
        using var client = StubbedClient.Create(stub);

        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.AttachManagedPolicyAsync(new ManagedPolicyId("p-12345678"), "r-ab12", CancellationToken.None));

        Assert.Equal(OrganizationsErrorCodes.DuplicatePolicyAttachment, error.ErrorCode);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task KeepsTheServiceCodeOperationAndOneLineMessageForTheOperatorGuidance()
    {
        // Arrange
        var stub = new StubAwsHandler().Then(AwsAnswers.Error("AccessDeniedException", "You don't have permissions to access this resource.\\nRequest id: 1"));
        using var client = StubbedClient.Create(stub);

        // Act
        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListRootsAsync(CancellationToken.None));

        // Assert: the advice is Core's (OperatorGuidance); the adapter passes on the service's own words.
        Assert.Equal(OrganizationsErrorCodes.AccessDenied, error.ErrorCode);
        Assert.Equal("ListRoots", error.Operation);
        Assert.Equal("You don't have permissions to access this resource. Request id: 1", error.Message);
    }

    [Fact]
    public async Task ReadsTheReasonOfAConstraintViolation()
    {
        // Arrange
        var stub = new StubAwsHandler().Then(AwsAnswers.Json(
            """{"__type":"com.amazonaws.organizations.v20161128#ConstraintViolationException","Message":"Too many policies.","Reason":"MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED"}""",
            HttpStatusCode.BadRequest));
        using var client = StubbedClient.Create(stub);

        // Act
        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.AttachManagedPolicyAsync(new ManagedPolicyId("p-12345678"), "ou-ab12-abcdefgh", CancellationToken.None));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.ConstraintViolation, error.ErrorCode);
        Assert.Equal("MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED", error.Reason);
        Assert.Null(error.ExceptionType);
    }

    [Fact]
    public async Task ReadsTheTypeOfATooManyRequestsAnswer()
    {
        // Arrange
        var stub = new StubAwsHandler().Then(AwsAnswers.Json(
            """{"__type":"com.amazonaws.organizations.v20161128#TooManyRequestsException","Message":"Rate exceeded","Type":"CreatePolicy"}""",
            HttpStatusCode.BadRequest));
        using var client = StubbedClient.Create(stub);

        // Act
        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListRootsAsync(CancellationToken.None));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.TooManyRequests, error.ErrorCode);
        Assert.Equal("CreatePolicy", error.ExceptionType);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public async Task ReportsAnAnswerThatIsNotTheOutputShape()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("""{"Roots":"not a list"}"""));
        using var client = StubbedClient.Create(stub);

        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListRootsAsync(CancellationToken.None));

        Assert.Equal(OrganizationsErrorCodes.InvalidResponse, error.ErrorCode);
    }
}
