using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation.Tests;

/// <summary>The parts of a capture a test may leave out when comparing it: chosen policies, one root policy type.</summary>
public sealed class OrganizationPictureTests
{
    private const string Content = """{"plans":{}}""";

    [Fact]
    public void WithoutPoliciesLeavesOutOnlyThePoliciesSelected()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(Content);
        var picture = org.Capture();

        // Act
        var withoutBackup = picture.WithoutPolicies(p => p.Type == PolicyTypes.BackupPolicy);

        // Assert
        Assert.Equal([SimulatedOrganization.FullAwsAccessPolicyId], withoutBackup.Policies.Select(p => p.Id));
        Assert.Equal((picture.RootId, picture.Entities, picture.RootPolicyTypes), (withoutBackup.RootId, withoutBackup.Entities, withoutBackup.RootPolicyTypes));
    }

    [Fact]
    public void WithoutRootPolicyTypeLeavesOutThatTypesEntryOnly()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(Content);
        var picture = org.Capture();

        // Act
        var withoutBackup = picture.WithoutRootPolicyType(PolicyTypes.BackupPolicy);

        // Assert
        Assert.Equal(["SERVICE_CONTROL_POLICY=ENABLED"], withoutBackup.RootPolicyTypes);
        Assert.Equal(picture.Policies, withoutBackup.Policies);
    }

    [Fact]
    public void ACaptureListsTypesEntitiesPoliciesAttachmentsAndTagsInOrdinalOrder()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(Content, ["root", "Workloads", "audit", "Sandbox"]);
        org.EnablePolicyTypeImmediately("TAG_POLICY");
        for (var i = 0; i < 5; i++)
        {
            org.CreatePolicy("TAG_POLICY", $"t{i}", "{}", tags: new Dictionary<string, string> { ["z"] = "1", ["a"] = "2", ["m"] = "3" });
        }

        // Act
        var picture = org.Capture();

        // Assert
        Assert.Equal(picture.RootPolicyTypes.Order(StringComparer.Ordinal), picture.RootPolicyTypes);
        Assert.Equal(picture.Entities.Order(StringComparer.Ordinal), picture.Entities);
        Assert.Equal(picture.Policies.Select(p => p.Id).Order(StringComparer.Ordinal), picture.Policies.Select(p => p.Id));
        Assert.All(picture.Policies, p => Assert.Equal(p.TargetIds.Order(StringComparer.Ordinal), p.TargetIds));
        Assert.All(picture.Policies.Where(p => p.Type == "TAG_POLICY"), p => Assert.Equal(["a=2", "m=3", "z=1"], p.Tags));
        Assert.Equal(3, picture.RootPolicyTypes.Count);
        Assert.Equal(7, picture.Policies.Count);
    }

    [Fact]
    public async Task TheRootListsItsPolicyTypesSortedByName()
    {
        // Arrange
        var org = new SimulatedOrganization();
        org.EnablePolicyTypeImmediately("TAG_POLICY");
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);

        // Act
        var root = Assert.Single(await org.ListRootsAsync(CancellationToken.None));

        // Assert
        Assert.Equal(["BACKUP_POLICY", "SERVICE_CONTROL_POLICY", "TAG_POLICY"], root.PolicyTypes.Select(t => t.Type));
    }

    [Fact]
    public void WithoutRootPolicyTypeMatchesTheWholeTypeNotATypeItBegins()
    {
        // Arrange
        var picture = new OrganizationPicture("r-abcd", new EquatableList<string>(["BACKUP_POLICY=ENABLED", "BACKUP_POLICY_NEXT=ENABLED"]), new EquatableList<string>([]), new EquatableList<PolicyPicture>([]));

        // Act
        var without = picture.WithoutRootPolicyType(PolicyTypes.BackupPolicy);

        // Assert
        Assert.Equal(["BACKUP_POLICY_NEXT=ENABLED"], without.RootPolicyTypes);
    }
}
