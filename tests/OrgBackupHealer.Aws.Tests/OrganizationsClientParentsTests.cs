using System.Text.Json.Nodes;
using OrgBackupHealer.Aws.Tests.Stubs;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Tests;

/// <summary>
/// ListParents, shaped as the service model gives ListParentsResponse (a Parent is an Id and a ParentType, ROOT or
/// ORGANIZATIONAL_UNIT): the account check climbs from an account to the root with it. moto answers it too (the contract
/// suite); these cover paging, the error the model names for an unknown child, and an answer the model does not allow.
/// </summary>
public sealed class OrganizationsClientParentsTests
{
    [Fact]
    public async Task ListsTheParentOfAChildAcrossPagesWithItsType()
    {
        // Arrange
        var stub = new StubAwsHandler()
            .Then(AwsAnswers.Json("""{"Parents":[],"NextToken":"t1"}"""))
            .Then(AwsAnswers.Json("""{"Parents":[{"Id":"ou-ab12-cdefghij","Type":"ORGANIZATIONAL_UNIT"}]}"""));
        using var client = StubbedClient.Create(stub);

        // Act
        var parents = await client.ListParentsAsync("111122223333", CancellationToken.None);

        // Assert
        var parent = Assert.Single(parents);
        Assert.Equal(("ou-ab12-cdefghij", "", TargetType.OrganizationalUnit), (parent.Id, parent.Name, parent.Type));
        Assert.Equal("AWSOrganizationsV20161128.ListParents", stub.Requests[0].Header("X-Amz-Target"));
        Assert.Equal("111122223333", JsonNode.Parse(stub.Requests[0].Body)!["ChildId"]!.GetValue<string>());
        Assert.Equal("t1", JsonNode.Parse(stub.Requests[1].Body)!["NextToken"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARootParentIsARoot()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("""{"Parents":[{"Id":"r-ab12","Type":"ROOT"}]}"""));
        using var client = StubbedClient.Create(stub);

        var parent = Assert.Single(await client.ListParentsAsync("ou-ab12-cdefghij", CancellationToken.None));

        Assert.Equal(TargetType.Root, parent.Type);
    }

    [Fact]
    public async Task AnUnknownChildFailsWithChildNotFound()
    {
        var stub = new StubAwsHandler().Then(AwsAnswers.Error("ChildNotFoundException", "We can't find an organizational unit (OU) or AWS account with the ChildId that you specified."));
        using var client = StubbedClient.Create(stub);

        var failure = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListParentsAsync("111122223333", CancellationToken.None));

        Assert.Equal(OrganizationsErrorCodes.ChildNotFound, failure.ErrorCode);
    }

    [Fact]
    public async Task AParentOfATypeTheModelDoesNotAllowIsAnInvalidResponseNamingTheType()
    {
        // Arrange
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("""{"Parents":[{"Id":"r-ab12","Type":"ACCOUNT"}]}"""));
        using var client = StubbedClient.Create(stub);

        // Act
        var failure = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListParentsAsync("111122223333", CancellationToken.None));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.InvalidResponse, failure.ErrorCode);
        Assert.Equal("The service answered with an unknown Parent.Type 'ACCOUNT'.", failure.Message);
    }

    [Fact]
    public async Task AParentWithoutAnIdIsAnInvalidResponseNamingTheMissingMember()
    {
        // Arrange
        var stub = new StubAwsHandler().Then(AwsAnswers.Json("""{"Parents":[{"Type":"ROOT"}]}"""));
        using var client = StubbedClient.Create(stub);

        // Act
        var failure = await Assert.ThrowsAsync<OrganizationsException>(() => client.ListParentsAsync("111122223333", CancellationToken.None));

        // Assert
        Assert.Equal(OrganizationsErrorCodes.InvalidResponse, failure.ErrorCode);
        Assert.Equal("The service answered without Parent.Id.", failure.Message);
    }
}
