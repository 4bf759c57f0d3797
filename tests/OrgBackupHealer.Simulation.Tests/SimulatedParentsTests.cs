using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation.Tests;

/// <summary>ListParents as the service model describes it: one parent, ChildNotFoundException for a child not in the organization.</summary>
public sealed class SimulatedParentsTests
{
    private readonly SimulatedOrganization _organization = SimulatedOrganization.CreateHealthy(SamplePolicy);

    private const string SamplePolicy = """{"plans":{"p":{"regions":{"@@assign":["us-east-1"]}}}}""";

    [Fact]
    public async Task ClimbsFromAnAccountThroughItsOusToTheRoot()
    {
        var production = _organization.TargetIdOf("Production");
        var workloads = _organization.TargetIdOf("Workloads");

        var first = Assert.Single(await _organization.ListParentsAsync(_organization.TargetIdOf("prod-app"), CancellationToken.None));
        var second = Assert.Single(await _organization.ListParentsAsync(first.Id, CancellationToken.None));
        var third = Assert.Single(await _organization.ListParentsAsync(second.Id, CancellationToken.None));

        Assert.Equal([(production, TargetType.OrganizationalUnit), (workloads, TargetType.OrganizationalUnit), (_organization.RootId, TargetType.Root)],
            [(first.Id, first.Type), (second.Id, second.Type), (third.Id, third.Type)]);
        Assert.Equal(3, _organization.CallsOf(OrganizationsOperations.ListParents));
    }

    [Theory]
    [InlineData("999999999999")]
    [InlineData("ou-zzzz-zzzzzzzz")]
    public async Task AChildNotInTheOrganizationIsChildNotFound(string childId)
    {
        var failure = await Assert.ThrowsAsync<OrganizationsException>(() => _organization.ListParentsAsync(childId, CancellationToken.None));

        Assert.Equal(OrganizationsErrorCodes.ChildNotFound, failure.ErrorCode);
    }

    [Fact]
    public async Task TheRootHasNoParentToAskFor()
    {
        var failure = await Assert.ThrowsAsync<OrganizationsException>(() => _organization.ListParentsAsync(_organization.RootId, CancellationToken.None));

        Assert.Equal(OrganizationsErrorCodes.InvalidInput, failure.ErrorCode);
    }

    [Fact]
    public void AnAccountCanBeGivenTheIdADocumentedEventNamesButNotATakenOne()
    {
        var id = _organization.CreateAccount("documented", accountId: "111111111111");

        Assert.Equal("111111111111", id);
        Assert.Equal(OrganizationsErrorCodes.InvalidInput,
            Assert.Throws<OrganizationsException>(() => _organization.CreateAccount("again", accountId: "111111111111")).ErrorCode);
    }

    [Fact]
    public async Task AParentIsAnsweredWithItsIdAndTypeAndNoNameAsTheApiAnswersIt()
    {
        var parent = Assert.Single(await _organization.ListParentsAsync(_organization.TargetIdOf("prod-app"), CancellationToken.None));

        Assert.Equal((_organization.TargetIdOf("Production"), "", TargetType.OrganizationalUnit), (parent.Id, parent.Name, parent.Type));
    }
}
