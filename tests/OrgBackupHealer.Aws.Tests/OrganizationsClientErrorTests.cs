using System.Net;
using OrgBackupHealer.Aws.Internal;
using OrgBackupHealer.Aws.Tests.Stubs;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Tests;

public sealed class OrganizationsClientErrorTests
{
    private static OrganizationsClientOptions NoRetries => StubbedClient.Options with { MaxAttempts = 1 };

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
    public async Task MapsTheBodyTypeMessageAndStatusOfAnError()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Error("PolicyNotFoundException", "We can't find a policy with the PolicyId that you specified."));
        using var client = StubbedClient.Create(stub, NoRetries);

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
        using var client = StubbedClient.Create(stub, NoRetries);

        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListRootsAsync(CancellationToken.None));

        Assert.Equal(OrganizationsErrorCodes.ConstraintViolation, error.ErrorCode);
        Assert.Equal("You have exceeded the allowed number of policies.", error.Message);
    }

    [Fact]
    public async Task NamesTheStatusWhenAnErrorBodyIsNotJson()
    {
        var answer = new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>Bad Gateway</html>") };
        var stub = new StubAwsHandler().Then(answer);
        using var client = StubbedClient.Create(stub, NoRetries);

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

        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.AttachPolicyAsync("p-12345678", "r-ab12", CancellationToken.None));

        Assert.Equal(OrganizationsErrorCodes.DuplicatePolicyAttachment, error.ErrorCode);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task ExplainsInOneLineThatTheAccountIsNotInAnOrganization()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Error("AWSOrganizationsNotInUseException", "Your account is not a member of an organization."));
        using var client = StubbedClient.Create(stub);

        var error = await Assert.ThrowsAsync<OrganizationsAccessException>(() => client.ListRootsAsync(CancellationToken.None));

        Assert.Equal(OrganizationsErrorCodes.AwsOrganizationsNotInUse, error.ErrorCode);
        Assert.Contains("not in an AWS organization", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task ExplainsInOneLineThatAccessDeniedNeedsTheManagementAccount()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Error("AccessDeniedException", "You don't have permissions to access this resource.\\nRequest id: 1"));
        using var client = StubbedClient.Create(stub);

        var error = await Assert.ThrowsAsync<OrganizationsAccessException>(() => client.ListRootsAsync(CancellationToken.None));

        Assert.Equal(OrganizationsErrorCodes.AccessDenied, error.ErrorCode);
        Assert.Contains("management account", error.Message, StringComparison.Ordinal);
        Assert.Contains("organizations:ListRoots", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task ReportsAnAnswerThatIsNotTheOutputShape()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("""{"Roots":"not a list"}"""));
        using var client = StubbedClient.Create(stub);

        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListRootsAsync(CancellationToken.None));

        Assert.Equal(WireMapper.InvalidResponseCode, error.ErrorCode);
    }
}
