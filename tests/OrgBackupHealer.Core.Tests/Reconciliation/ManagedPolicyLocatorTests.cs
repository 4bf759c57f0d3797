using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Reconciliation;

/// <summary>How the managed policy is found: by a trusted id, else by its tag (the desired name first), never by name alone.</summary>
public sealed class ManagedPolicyLocatorTests
{
    private static readonly Dictionary<string, string> s_managedTags = new(StringComparer.Ordinal) { [ManagedTag.Default.Key] = ManagedTag.Default.Value };

    private static DesiredState Desired => DesiredState.For(HealerDefaults.PolicyName, PolicyDocument.Parse(SamplePolicies.Shipped), ["root"], HealerMode.Enforce);

    [Fact]
    public async Task WithoutAKnownIdTheTaggedPolicyIsFoundWithOneDescribe()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var managedId = org.FindPolicyId(HealerDefaults.PolicyName);
        org.ResetCounters();

        // Act
        var (managed, conflict) = await new ManagedPolicyLocator(org).LocateAsync(Desired, knownPolicyId: null, CancellationToken.None);

        // Assert
        Assert.Equal(managedId, managed?.Id.Value);
        Assert.Equal(PolicyIdentification.Tagged, managed?.IdentifiedBy);
        Assert.Null(conflict);
        Assert.Equal(1, org.CallsOf(OrganizationsOperations.DescribePolicy));
    }

    [Fact]
    public async Task AKnownIdThatIsTheAdoptedOneIsNotDescribedTwice()
    {
        // Arrange: the adopted policy is gone; the id learnt earlier is that same id.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var gone = org.CreatePolicy(PolicyTypes.BackupPolicy, "legacy-baseline", SamplePolicies.Shipped);
        org.DeletePolicy(gone);
        org.ResetCounters();

        // Act
        var (managed, _) = await new ManagedPolicyLocator(org).LocateAsync(Desired with { AdoptPolicyId = gone }, knownPolicyId: gone, CancellationToken.None);

        // Assert: one describe of the adopted id, one of the tagged policy the search found.
        Assert.Equal(PolicyIdentification.Tagged, managed?.IdentifiedBy);
        Assert.Equal(2, org.CallsOf(OrganizationsOperations.DescribePolicy));
    }

    [Fact]
    public async Task OfTwoTaggedPoliciesTheOneWithTheDesiredNameIsTheManagedOne()
    {
        // Arrange: a tagged copy under another name is listed first.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, policyName: "old-baseline-copy");
        var wanted = org.CreatePolicy(PolicyTypes.BackupPolicy, HealerDefaults.PolicyName, SamplePolicies.Shipped, HealerDefaults.PolicyDescription, s_managedTags);

        // Act
        var (managed, conflict) = await new ManagedPolicyLocator(org).LocateAsync(Desired, knownPolicyId: null, CancellationToken.None);

        // Assert
        Assert.Equal(wanted, managed?.Id.Value);
        Assert.Null(conflict);
    }

    [Fact]
    public async Task AnAwsManagedBackupPolicyIsNeverACandidate()
    {
        // Arrange: the listing also holds an AWS-managed BACKUP_POLICY with the desired name, listed first.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var managedId = org.FindPolicyId(HealerDefaults.PolicyName);
        var port = new ExtraPolicyListed(org, new PolicySummary(
            "p-awsmanaged", "arn:aws:organizations::aws:policy/backup_policy/p-awsmanaged", HealerDefaults.PolicyName, "", PolicyTypes.BackupPolicy, AwsManaged: true));
        org.ResetCounters();

        // Act
        var (managed, conflict) = await new ManagedPolicyLocator(port).LocateAsync(Desired, knownPolicyId: null, CancellationToken.None);

        // Assert
        Assert.Equal(managedId, managed?.Id.Value);
        Assert.Null(conflict);
        Assert.Equal(1, org.CallsOf(OrganizationsOperations.ListTagsForResource));
    }

    [Fact]
    public async Task ASameNamedPolicyWithoutTheTagIsSomeoneElses()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, policyName: "other-name");
        org.DeletePolicy(org.FindPolicyId("other-name")!);
        var theirs = org.CreatePolicy(PolicyTypes.BackupPolicy, HealerDefaults.PolicyName, SamplePolicies.Shipped);

        // Act
        var (managed, conflict) = await new ManagedPolicyLocator(org).LocateAsync(Desired, knownPolicyId: null, CancellationToken.None);

        // Assert
        Assert.Null(managed);
        Assert.Equal(theirs, conflict?.Id);
    }

    [Fact]
    public async Task TheManagedTagKeyWithAnotherValueIsNotTheHealersTag()
    {
        // Arrange
        var org = new SimulatedOrganization();
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        var theirs = org.CreatePolicy(PolicyTypes.BackupPolicy, HealerDefaults.PolicyName, SamplePolicies.Shipped, "",
            new Dictionary<string, string>(StringComparer.Ordinal) { [ManagedTag.Default.Key] = "AnotherTool" });

        // Act
        var (managed, conflict) = await new ManagedPolicyLocator(org).LocateAsync(Desired, knownPolicyId: null, CancellationToken.None);

        // Assert
        Assert.Null(managed);
        Assert.Equal(theirs, conflict?.Id);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task APolicyDeletedBetweenTheListingAndItsTagsIsNeitherOursNorAConflict(bool tagged)
    {
        // Arrange: the only same-named policy is deleted just before its tags are read.
        var org = new SimulatedOrganization();
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        var doomed = org.CreatePolicy(PolicyTypes.BackupPolicy, HealerDefaults.PolicyName, SamplePolicies.Shipped, "", tagged ? s_managedTags : null);
        org.BeforeOperation(OrganizationsOperations.ListTagsForResource, () => org.DeletePolicy(doomed));

        // Act
        var (managed, conflict) = await new ManagedPolicyLocator(org).LocateAsync(Desired, knownPolicyId: null, CancellationToken.None);

        // Assert
        Assert.Null(managed);
        Assert.Null(conflict);
    }

    [Fact]
    public async Task APolicyThatIsNotACustomerBackupPolicyIsNotOwnEvenByItsId()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var scp = org.CreatePolicy(SimulatedOrganization.ServiceControlPolicy, "team-scp", """{"Version":"2012-10-17","Statement":[]}""");
        var locator = new ManagedPolicyLocator(org);

        // Act / Assert
        Assert.Null(await locator.DescribeOwnAsync(SimulatedOrganization.FullAwsAccessPolicyId, PolicyIdentification.Adopted, CancellationToken.None));
        Assert.Null(await locator.DescribeOwnAsync(scp, PolicyIdentification.Adopted, CancellationToken.None));
        Assert.NotNull(await locator.DescribeOwnAsync(org.FindPolicyId(HealerDefaults.PolicyName)!, PolicyIdentification.Adopted, CancellationToken.None));
    }

    [Fact]
    public async Task ADeletedPolicyIsNotOwn()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var id = org.FindPolicyId(HealerDefaults.PolicyName)!;
        org.DeletePolicy(id);

        // Act
        var own = await new ManagedPolicyLocator(org).DescribeOwnAsync(id, PolicyIdentification.KnownId, CancellationToken.None);

        // Assert
        Assert.Null(own);
    }

    /// <summary>Lists one more BACKUP_POLICY before the organization's own (the simulation cannot create AWS-managed ones).</summary>
    private sealed class ExtraPolicyListed(IOrganizationsPort inner, PolicySummary extra) : OrganizationsPortDecorator(inner)
    {
        public override async Task<IReadOnlyList<PolicySummary>> ListBackupPoliciesAsync(CancellationToken cancellationToken) =>
            [extra, .. await base.ListBackupPoliciesAsync(cancellationToken).ConfigureAwait(false)];
    }
}
