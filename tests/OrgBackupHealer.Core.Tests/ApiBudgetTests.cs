using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests;

/// <summary>
/// The Organizations API budget of one reconcile (docs/performance.md): a healthy organization costs 3 calls once the
/// managed policy's id is known (a warm Lambda) and 5 the first time, when the policy must be found by its tag; a
/// drift costs the reads its answers make necessary plus one write per fix, plus the ListRoots polls that
/// PENDING_ENABLE forces before an attach and the read that confirms the result after the type was enabled.
/// Counted by the simulated organization, one call per page.
/// </summary>
public sealed class ApiBudgetTests
{
    private const int WarmHealthyBudget = 3;

    /// <summary>ListRoots, ListPolicies, ListTagsForResource (is it ours?), DescribePolicy, ListTargetsForPolicy.</summary>
    private const int ColdReadsWhenPolicyExists = 5;

    /// <summary>ListRoots and ListPolicies: with no managed policy there is nothing to describe or list targets of.</summary>
    private const int ReadsWhenPolicyMissing = 2;

    /// <summary>With BACKUP_POLICY not ENABLED there are no attachments to list; the confirming read costs ListRoots, DescribePolicy and ListTargetsForPolicy.</summary>
    private const int ReadsWhenTypeDisabled = 4 + 3;

    private static readonly string[] s_root = ["root"];

    [Fact]
    public async Task HealthyReconcileWithAKnownPolicyIdCostsThreeCalls()
    {
        // Arrange: the first run learns the managed policy's id, as a warm Lambda has.
        var h = Harness.Healthy(s_root);
        await h.RunAsync(h.Desired(s_root));
        h.Org.ResetCounters();

        // Act
        await h.RunAsync(h.Desired(s_root));

        // Assert
        Assert.Equal(Calls(listRoots: 1, describe: 1, listTargets: 1), h.Org.CallCounts);
        Assert.Equal(WarmHealthyBudget, h.Org.TotalCalls);
    }

    [Fact]
    public async Task FirstHealthyReconcileFindsThePolicyByItsTagInFiveCalls()
    {
        // Arrange
        var h = Harness.Healthy(s_root);

        // Act
        await h.RunAsync(h.Desired(s_root));

        // Assert
        Assert.Equal(Calls(listRoots: 1, listPolicies: 1, listTags: 1, describe: 1, listTargets: 1), h.Org.CallCounts);
        Assert.Equal(ColdReadsWhenPolicyExists, h.Org.TotalCalls);
    }

    [Fact]
    public async Task ContentEditCostsTheReadsAndOneUpdate()
    {
        // Arrange
        var h = Harness.Healthy(s_root);
        h.Org.EditPolicyContent(h.PolicyId, SamplePolicies.Edited);
        h.Org.ResetCounters();

        // Act
        await h.RunAsync(h.Desired(s_root));

        // Assert
        Assert.Equal(Calls(listRoots: 1, listPolicies: 1, listTags: 1, describe: 1, listTargets: 1, update: 1), h.Org.CallCounts);
        AssertWithinBudget(h.Org, ColdReadsWhenPolicyExists, fixes: 1, polls: 0);
    }

    [Fact]
    public async Task DetachmentCostsTheReadsALookupAndOneAttachPerDetachedTarget()
    {
        // Arrange
        string[] targets = ["root", "Security", "Workloads"];
        var h = Harness.Healthy(targets);
        h.Org.DetachPolicy(h.PolicyId, h.Org.TargetIdOf("Security"));
        h.Org.DetachPolicy(h.PolicyId, h.Org.TargetIdOf("Workloads"));
        h.Org.ResetCounters();

        // Act
        await h.RunAsync(h.Desired(targets));

        // Assert: each detached OU is looked up once (does it still exist?) before it is attached.
        Assert.Equal(Calls(listRoots: 1, listPolicies: 1, listTags: 1, describe: 1, listTargets: 1, describeOu: 2, attach: 2), h.Org.CallCounts);
        AssertWithinBudget(h.Org, ColdReadsWhenPolicyExists + 2, fixes: 2, polls: 0);
    }

    [Fact]
    public async Task DeletedPolicyCostsTwoReadsACreateAndAnAttach()
    {
        // Arrange
        var h = Harness.Healthy(s_root);
        h.Org.DeletePolicy(h.PolicyId);
        h.Org.ResetCounters();

        // Act
        await h.RunAsync(h.Desired(s_root));

        // Assert
        Assert.Equal(Calls(listRoots: 1, listPolicies: 1, create: 1, attach: 1), h.Org.CallCounts);
        AssertWithinBudget(h.Org, ReadsWhenPolicyMissing, fixes: 2, polls: 0);
    }

    [Fact]
    public async Task DisabledTypeSkipsListingTargetsPollsOnlyUntilEnabledAndConfirmsOnce()
    {
        // Arrange: AWS answers PENDING_ENABLE and flips to ENABLED later; here the third ListRoots after the enable shows it.
        var h = Harness.Healthy(s_root, new SimulationOptions { PendingEnableReads = 2 });
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        h.Org.ResetCounters();

        // Act
        await h.RunAsync(h.Desired(s_root));

        // Assert
        Assert.Equal(Calls(listRoots: 1 + 3 + 1, listPolicies: 1, listTags: 1, describe: 1 + 1, listTargets: 1, enable: 1, attach: 1), h.Org.CallCounts);
        AssertWithinBudget(h.Org, ReadsWhenTypeDisabled, fixes: 2, polls: 3);
    }

    [Fact]
    public async Task DisabledTypeNeedsNoPollWhenTheEnableAnswerIsAlreadyEnabled()
    {
        // Arrange
        var h = Harness.Healthy(s_root, new SimulationOptions { PendingEnableReads = 0 });
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        h.Org.ResetCounters();

        // Act
        await h.RunAsync(h.Desired(s_root));

        // Assert
        Assert.Equal(Calls(listRoots: 1 + 1, listPolicies: 1, listTags: 1, describe: 1 + 1, listTargets: 1, enable: 1, attach: 1), h.Org.CallCounts);
        AssertWithinBudget(h.Org, ReadsWhenTypeDisabled, fixes: 2, polls: 0);
    }

    private static void AssertWithinBudget(SimulatedOrganization org, int reads, int fixes, int polls)
    {
        var budget = reads + fixes + polls;
        Assert.True(org.TotalCalls <= budget, $"{org.TotalCalls} calls, budget {budget} (reads {reads} + fixes {fixes} + polls {polls})");
        Assert.Equal(fixes, org.TotalWrites);
    }

    private static Dictionary<string, int> Calls(
        int listRoots = 0, int listPolicies = 0, int listTags = 0, int describe = 0, int listTargets = 0, int describeOu = 0,
        int create = 0, int update = 0, int attach = 0, int enable = 0)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [OrganizationsOperations.ListRoots] = listRoots,
            [OrganizationsOperations.ListPolicies] = listPolicies,
            [OrganizationsOperations.ListTagsForResource] = listTags,
            [OrganizationsOperations.DescribePolicy] = describe,
            [OrganizationsOperations.ListTargetsForPolicy] = listTargets,
            [OrganizationsOperations.DescribeOrganizationalUnit] = describeOu,
            [OrganizationsOperations.CreatePolicy] = create,
            [OrganizationsOperations.UpdatePolicy] = update,
            [OrganizationsOperations.AttachPolicy] = attach,
            [OrganizationsOperations.EnablePolicyType] = enable,
        };
        return counts.Where(c => c.Value > 0).ToDictionary(StringComparer.Ordinal);
    }
}
