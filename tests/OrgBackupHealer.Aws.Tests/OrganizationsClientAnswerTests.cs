using System.Text.Json.Nodes;
using OrgBackupHealer.Aws.Tests.Stubs;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Tests;

/// <summary>What the client makes of answers at the edges of the model: absent members, a null body, not-found targets.</summary>
public sealed class OrganizationsClientAnswerTests
{
    [Fact]
    public async Task ABodyOfNullIsAnInvalidResponseOfTheOperation()
    {
        // Arrange
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("null"));
        using var client = StubbedClient.Create(stub);

        // Act
        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListRootsAsync(CancellationToken.None));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.InvalidResponse, error.ErrorCode);
        Assert.Equal("ListRoots", error.Operation);
        Assert.Equal("ListRoots answered with a body that is not its output shape (null).", error.Message);
        Assert.Equal(200, error.HttpStatus);
    }

    [Fact]
    public async Task ACancellationThatIsNeitherTheTimeoutNorTheCallersIsNotMadeATimeout()
    {
        // Arrange
        var stub = new StubAwsHandler().ThenThrow(new OperationCanceledException("cancelled below the client"));
        using var client = StubbedClient.Create(stub);

        // Act
        var error = await Record.ExceptionAsync(() => client.ListRootsAsync(CancellationToken.None));

        // Assert
        Assert.IsType<OperationCanceledException>(error);
    }

    [Fact]
    public async Task ATagWithoutAValueReadsAsEmpty()
    {
        // Arrange
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("""{"Tags":[{"Key":"managed-by"}]}"""));
        using var client = StubbedClient.Create(stub);

        // Act
        var tags = await client.ListPolicyTagsAsync("p-12345678", CancellationToken.None);

        // Assert
        Assert.Equal(new Dictionary<string, string> { ["managed-by"] = "" }, tags);
    }

    [Fact]
    public async Task AnAccountIsLookedUpWithDescribeAccount()
    {
        // Arrange
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("""{"Account":{"Id":"111111111111","Name":"prod"}}"""));
        using var client = StubbedClient.Create(stub);

        // Act
        var exists = await client.TargetExistsAsync("111111111111", CancellationToken.None);

        // Assert
        Assert.True(exists);
        var request = Assert.Single(stub.Requests);
        Assert.Equal("AWSOrganizationsV20161128.DescribeAccount", request.Header("X-Amz-Target"));
        Assert.Equal("111111111111", JsonNode.Parse(request.Body)!["AccountId"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnAccountAnswerWithoutTheAccountIsNoAccount()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("{}"));
        using var client = StubbedClient.Create(stub);

        Assert.False(await client.TargetExistsAsync("111111111111", CancellationToken.None));
    }

    [Fact]
    public async Task AnAccountTheServiceCannotFindDoesNotExist()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Error("AccountNotFoundException", "You specified an account that doesn't exist."));
        using var client = StubbedClient.Create(stub);

        Assert.False(await client.TargetExistsAsync("111111111111", CancellationToken.None));
    }

    [Fact]
    public async Task KeepsThePathOfTheFirstValidationPageAndReadsMissingContributingPoliciesAsNone()
    {
        // Arrange
        var stub = new StubAwsHandler()
            .Then(AwsAnswers.Json("""
                {"Path":"o-abc123/r-ab12/111122223333/","NextToken":"t1",
                 "EffectivePolicyValidationErrors":[{"ErrorCode":"ELEMENTS_TOO_MANY","ErrorMessage":"too many","PathToError":"plans"}]}
                """))
            .Then(AwsAnswers.Json("""{"EffectivePolicyValidationErrors":[]}"""));
        using var client = StubbedClient.Create(stub);

        // Act
        var validation = await client.ListEffectiveBackupPolicyValidationErrorsAsync("111122223333", CancellationToken.None);

        // Assert
        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal("o-abc123/r-ab12/111122223333/", validation.Path);
        Assert.Empty(Assert.Single(validation.Errors).ContributingPolicyIds);
    }

    [Fact]
    public async Task EnablingThePolicyTypeWithoutARootInTheAnswerIsAnInvalidResponse()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("{}"));
        using var client = StubbedClient.Create(stub);

        var error = await Assert.ThrowsAsync<OrganizationsException>(() => client.EnableBackupPolicyTypeAsync("r-ab12", CancellationToken.None));

        Assert.Equal(OrganizationsErrorCodes.InvalidResponse, error.ErrorCode);
        Assert.Equal("EnablePolicyType answered without a Root.", error.Message);
    }

    [Fact]
    public async Task CreatesAPolicyWithoutTagsWithoutATagsMember()
    {
        // Arrange
        var stub = new StubAwsHandler().Then(AwsAnswers.Json(AwsAnswers.PolicyOutput("p-12345678", "baseline")));
        using var client = StubbedClient.Create(stub);

        // Act
        await client.CreateBackupPolicyAsync(new NewPolicy("baseline", "the baseline", "{}", new Dictionary<string, string>()), CancellationToken.None);

        // Assert
        var body = JsonNode.Parse(Assert.Single(stub.Requests).Body)!.AsObject();
        Assert.False(body.ContainsKey("Tags"), body.ToJsonString());
    }
}
