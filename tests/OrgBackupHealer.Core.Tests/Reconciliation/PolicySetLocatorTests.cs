using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Reconciliation;

/// <summary>
/// How each entry's policy is found: by a learnt id, else by its owner and key tags; never by name alone, never a
/// policy another owner tagged; a legacy-tagged policy only by adoption or the single-policy upgrade; two candidates
/// are an ambiguity, a squatter on the name is reported.
/// </summary>
public sealed class PolicySetLocatorTests
{
    private static readonly PolicyIdentity s_platform = new("platform", "baseline");

    private static readonly IReadOnlyDictionary<string, string> s_legacyTag =
        new Dictionary<string, string>(StringComparer.Ordinal) { [PolicyIdentity.ManagedByKey] = PolicyIdentity.ManagedByValue };

    private static DesiredState Desired => DesiredState.For(HealerDefaults.PolicyName, PolicyDocument.Parse(SamplePolicies.Shipped), ["root"], HealerMode.Enforce);

    private static DesiredState Platform => Desired with { Identity = s_platform };

    [Fact]
    public async Task WithoutAKnownIdThePolicyTaggedWithTheEntrysOwnerAndKeyIsFound()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, identity: s_platform);
        var managedId = org.FindPolicyId(HealerDefaults.PolicyName);
        org.ResetCounters();

        // Act
        var location = await LocateAsync(org, PolicySet.Of(Platform));

        // Assert
        Assert.Equal(managedId, location.Managed?.Id.Value);
        Assert.Equal(PolicyIdentification.Tagged, location.Managed?.IdentifiedBy);
        Assert.True(location.Managed?.CarriesEntryTags);
        Assert.Null(location.Problem);
        Assert.Equal(1, org.CallsOf(OrganizationsOperations.DescribePolicy));
    }

    [Fact]
    public async Task AKnownIdCostsOneDescribeAndNoListing()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, identity: s_platform);
        var managedId = org.FindPolicyId(HealerDefaults.PolicyName)!;
        org.ResetCounters();

        // Act
        var location = await LocateAsync(org, PolicySet.Of(Platform), new Dictionary<string, string> { ["baseline"] = managedId });

        // Assert
        Assert.Equal(PolicyIdentification.KnownId, location.Managed?.IdentifiedBy);
        Assert.Equal(1, org.TotalCalls);
    }

    [Fact]
    public async Task APolicyAnotherOwnerTaggedIsNeverTheEntrys()
    {
        // Arrange: another deployment's policy with the same key.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, identity: new PolicyIdentity("team-b", "baseline"), policyName: "team-b-baseline");

        // Act
        var location = await LocateAsync(org, PolicySet.Of(Platform));

        // Assert: missing, to be created under the entry's own name.
        Assert.Null(location.Managed);
        Assert.Null(location.Problem);
    }

    [Fact]
    public async Task TwoPoliciesCarryingTheEntrysTagsAreAnAmbiguityAndNeitherIsTheEntrys()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, identity: s_platform);
        var copy = org.CreatePolicy(PolicyTypes.BackupPolicy, "baseline-copy", SamplePolicies.Shipped, "", s_platform.Tags);

        // Act
        var location = await LocateAsync(org, PolicySet.Of(Platform));

        // Assert
        Assert.Null(location.Managed);
        Assert.Equal(FailureReasons.AmbiguousPolicy, location.Problem?.Reason);
        Assert.Contains(copy, location.Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALegacyTaggedPolicyIsNotTakenByASetThatDoesNotAdoptIt()
    {
        // Arrange: a policy with the constant tag alone (another team copied it, or an old deployment left it).
        var org = new SimulatedOrganization();
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        org.CreatePolicy(PolicyTypes.BackupPolicy, "their-backup-policy", SamplePolicies.Shipped, "", s_legacyTag);

        // Act
        var location = await LocateAsync(org, PolicySet.Of(Platform));

        // Assert
        Assert.Null(location.Managed);
        Assert.Null(location.Problem);
    }

    [Fact]
    public async Task TheSinglePolicyUpgradeTakesTheOneLegacyPolicyWithItsNameAndTagsItFirst()
    {
        // Arrange
        var org = new SimulatedOrganization();
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        var legacy = org.CreatePolicy(PolicyTypes.BackupPolicy, HealerDefaults.PolicyName, SamplePolicies.Shipped, HealerDefaults.PolicyDescription, s_legacyTag);

        // Act
        var location = await LocateAsync(org, PolicySet.SinglePolicy(Desired));

        // Assert
        Assert.Equal(legacy, location.Managed?.Id.Value);
        Assert.Equal(PolicyIdentification.LegacyUpgrade, location.Managed?.IdentifiedBy);
        Assert.False(location.Managed?.CarriesEntryTags);
    }

    [Fact]
    public async Task TheSinglePolicyUpgradeNeverTakesALegacyPolicyUnderAnotherName()
    {
        // Arrange: the managed policy was deleted; another team's policy happens to carry the constant tag.
        var org = new SimulatedOrganization();
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        org.CreatePolicy(PolicyTypes.BackupPolicy, "team-c-backups", SamplePolicies.Shipped, "", s_legacyTag);

        // Act
        var location = await LocateAsync(org, PolicySet.SinglePolicy(Desired));

        // Assert
        Assert.Null(location.Managed);
        Assert.Null(location.Problem);
    }

    [Fact]
    public async Task TwoLegacyPoliciesAreAnAmbiguityForTheUpgrade()
    {
        // Arrange
        var org = new SimulatedOrganization();
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        org.CreatePolicy(PolicyTypes.BackupPolicy, HealerDefaults.PolicyName, SamplePolicies.Shipped, "", s_legacyTag);
        org.CreatePolicy(PolicyTypes.BackupPolicy, "team-c-backups", SamplePolicies.Shipped, "", s_legacyTag);

        // Act
        var location = await LocateAsync(org, PolicySet.SinglePolicy(Desired));

        // Assert
        Assert.Equal(FailureReasons.AmbiguousPolicy, location.Problem?.Reason);
    }

    [Fact]
    public async Task AnAdoptedUntaggedPolicyIsTheEntrysAndGetsItsTags()
    {
        // Arrange
        var org = new SimulatedOrganization();
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        var untagged = org.CreatePolicy(PolicyTypes.BackupPolicy, "legacy-baseline", SamplePolicies.Shipped);

        // Act
        var location = await LocateAsync(org, PolicySet.Of(Platform with { AdoptPolicyId = untagged }));

        // Assert
        Assert.Equal(untagged, location.Managed?.Id.Value);
        Assert.Equal(PolicyIdentification.Adopted, location.Managed?.IdentifiedBy);
        Assert.False(location.Managed?.CarriesEntryTags);
    }

    [Fact]
    public async Task AnAdoptedPolicyTaggedByAnotherOwnerIsAnOwnershipConflict()
    {
        // Arrange
        var org = new SimulatedOrganization();
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        var theirs = org.CreatePolicy(PolicyTypes.BackupPolicy, "team-b-baseline", SamplePolicies.Shipped, "", new PolicyIdentity("team-b", "x").Tags);

        // Act
        var location = await LocateAsync(org, PolicySet.Of(Platform with { AdoptPolicyId = theirs }));

        // Assert
        Assert.Null(location.Managed);
        Assert.Equal(FailureReasons.OwnershipConflict, location.Problem?.Reason);
    }

    [Fact]
    public async Task ASameNamedPolicyWithoutTheTagsIsSomeoneElsesWhenTheEntryHasNone()
    {
        // Arrange
        var org = new SimulatedOrganization();
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        var theirs = org.CreatePolicy(PolicyTypes.BackupPolicy, HealerDefaults.PolicyName, SamplePolicies.Shipped);

        // Act
        var location = await LocateAsync(org, PolicySet.Of(Platform));

        // Assert
        Assert.Null(location.Managed);
        Assert.Equal(FailureReasons.OwnershipConflict, location.Problem?.Reason);
        Assert.Contains(theirs, location.Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASquatterOnTheNameOfARenamedPolicyIsReportedAndTheEntryKeepsItsPolicy()
    {
        // Arrange: the entry's policy was renamed; someone else created a policy under the entry's name.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, identity: s_platform);
        var own = org.FindPolicyId(HealerDefaults.PolicyName)!;
        org.RenamePolicy(own, "renamed-by-someone");
        var squatter = org.CreatePolicy(PolicyTypes.BackupPolicy, HealerDefaults.PolicyName, SamplePolicies.Shipped);

        // Act
        var location = await LocateAsync(org, PolicySet.Of(Platform));

        // Assert
        Assert.Equal(own, location.Managed?.Id.Value);
        Assert.Equal(squatter, location.NameTakenBy?.Id);
        Assert.Null(location.Problem);
    }

    [Fact]
    public async Task AnAwsManagedBackupPolicyIsNeverACandidate()
    {
        // Arrange: the listing also holds an AWS-managed BACKUP_POLICY with the entry's name, listed first.
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, identity: s_platform);
        var managedId = org.FindPolicyId(HealerDefaults.PolicyName);
        var port = new ExtraPolicyListed(org, new PolicySummary(
            "p-awsmanaged", "arn:aws:organizations::aws:policy/backup_policy/p-awsmanaged", HealerDefaults.PolicyName, "", PolicyTypes.BackupPolicy, AwsManaged: true));
        org.ResetCounters();

        // Act
        var location = await LocateAsync(port, PolicySet.Of(Platform));

        // Assert
        Assert.Equal(managedId, location.Managed?.Id.Value);
        Assert.Equal(1, org.CallsOf(OrganizationsOperations.ListTagsForResource));
    }

    [Fact]
    public async Task APolicyDeletedBetweenTheListingAndItsTagsIsNeitherOursNorAConflict()
    {
        // Arrange: the only same-named policy is deleted just before its tags are read.
        var org = new SimulatedOrganization();
        org.EnablePolicyTypeImmediately(PolicyTypes.BackupPolicy);
        var doomed = org.CreatePolicy(PolicyTypes.BackupPolicy, HealerDefaults.PolicyName, SamplePolicies.Shipped, "", s_platform.Tags);
        org.BeforeOperation(OrganizationsOperations.ListTagsForResource, () => org.DeletePolicy(doomed));

        // Act
        var location = await LocateAsync(org, PolicySet.Of(Platform));

        // Assert
        Assert.Null(location.Managed);
        Assert.Null(location.Problem);
    }

    [Fact]
    public async Task APolicyThatIsNotACustomerBackupPolicyIsNotOwnEvenByItsId()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
        var scp = org.CreatePolicy(SimulatedOrganization.ServiceControlPolicy, "team-scp", """{"Version":"2012-10-17","Statement":[]}""");
        var locator = new PolicySetLocator(org);

        // Act / Assert
        Assert.Null(await locator.DescribeOwnAsync(SimulatedOrganization.FullAwsAccessPolicyId, PolicyIdentification.Adopted, CancellationToken.None));
        Assert.Null(await locator.DescribeOwnAsync(scp, PolicyIdentification.Adopted, CancellationToken.None));
        Assert.NotNull(await locator.DescribeOwnAsync(org.FindPolicyId(HealerDefaults.PolicyName)!, PolicyIdentification.Adopted, CancellationToken.None));
    }

    [Fact]
    public async Task TheTagsOfALearntIdAreReadAgainBeforeAWrite()
    {
        // Arrange
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, identity: s_platform);
        var id = org.FindPolicyId(HealerDefaults.PolicyName)!;
        var locator = new PolicySetLocator(org);
        var handle = (await locator.DescribeOwnAsync(id, PolicyIdentification.KnownId, CancellationToken.None))!.Id;

        // Act
        var before = await locator.StillCarriesAsync(handle, s_platform, CancellationToken.None);
        org.RemovePolicyTag(id, PolicyIdentity.OwnerKey);
        var after = await locator.StillCarriesAsync(handle, s_platform, CancellationToken.None);

        // Assert
        Assert.True(before);
        Assert.False(after);
    }

    private static async Task<EntryLocation> LocateAsync(IOrganizationsPort port, PolicySet set, IReadOnlyDictionary<string, string>? known = null) =>
        (await new PolicySetLocator(port).LocateAsync(set, known ?? new Dictionary<string, string>(), CancellationToken.None))[0];

    /// <summary>Lists one more BACKUP_POLICY before the organization's own (the simulation cannot create AWS-managed ones).</summary>
    private sealed class ExtraPolicyListed(IOrganizationsPort inner, PolicySummary extra) : OrganizationsPortDecorator(inner)
    {
        public override async Task<IReadOnlyList<PolicySummary>> ListBackupPoliciesAsync(CancellationToken cancellationToken) =>
            [extra, .. await base.ListBackupPoliciesAsync(cancellationToken).ConfigureAwait(false)];
    }
}
