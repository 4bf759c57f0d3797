using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests;

/// <summary>
/// The Organizations API budget of one reconcile (issue 7, docs/performance.md): a healthy organization costs at
/// most 4 calls; a drift costs the reads its answers make necessary plus one write per fix, plus the ListRoots
/// polls that PENDING_ENABLE forces before an attach. Counted by the simulated organization, one call per page.
/// </summary>
public sealed class ApiBudgetTests
{
    private const int HealthyBudget = 4;

    /// <summary>Reads 2, 3 and 4 are needed only when the managed policy exists (ListPolicies found it).</summary>
    private const int ReadsWhenPolicyExists = 4;

    /// <summary>ListRoots and ListPolicies: with no managed policy there is nothing to describe or list targets of.</summary>
    private const int ReadsWhenPolicyMissing = 2;

    /// <summary>With BACKUP_POLICY disabled, AWS has detached every backup policy: no ListTargetsForPolicy.</summary>
    private const int ReadsWhenTypeDisabled = 3;

    private static readonly string[] s_root = ["root"];

    [Fact]
    public async Task HealthyReconcileCostsAtMostFourCalls()
    {
        var h = Harness.Healthy(s_root);

        await h.RunAsync(h.Desired(s_root));

        Assert.Equal(Calls(listRoots: 1, listPolicies: 1, describe: 1, listTargets: 1), h.Org.CallCounts);
        Assert.True(h.Org.TotalCalls <= HealthyBudget, $"{h.Org.TotalCalls} calls");
    }

    [Fact]
    public async Task ContentEditCostsTheReadsAndOneUpdate()
    {
        var h = Harness.Healthy(s_root);
        h.Org.EditPolicyContent(h.PolicyId, SamplePolicies.Edited);
        h.Org.ResetCounters();

        await h.RunAsync(h.Desired(s_root));

        Assert.Equal(Calls(listRoots: 1, listPolicies: 1, describe: 1, listTargets: 1, update: 1), h.Org.CallCounts);
        AssertWithinBudget(h.Org, ReadsWhenPolicyExists, fixes: 1, polls: 0);
    }

    [Fact]
    public async Task DetachmentCostsTheReadsAndOneAttachPerDetachedTarget()
    {
        string[] targets = ["root", "Security", "Workloads"];
        var h = Harness.Healthy(targets);
        h.Org.DetachPolicy(h.PolicyId, h.Org.TargetIdOf("Security"));
        h.Org.DetachPolicy(h.PolicyId, h.Org.TargetIdOf("Workloads"));
        h.Org.ResetCounters();

        await h.RunAsync(h.Desired(targets));

        Assert.Equal(Calls(listRoots: 1, listPolicies: 1, describe: 1, listTargets: 1, attach: 2), h.Org.CallCounts);
        AssertWithinBudget(h.Org, ReadsWhenPolicyExists, fixes: 2, polls: 0);
    }

    [Fact]
    public async Task DeletedPolicyCostsTwoReadsACreateAndAnAttach()
    {
        var h = Harness.Healthy(s_root);
        h.Org.DeletePolicy(h.PolicyId);
        h.Org.ResetCounters();

        await h.RunAsync(h.Desired(s_root));

        Assert.Equal(Calls(listRoots: 1, listPolicies: 1, create: 1, attach: 1), h.Org.CallCounts);
        AssertWithinBudget(h.Org, ReadsWhenPolicyMissing, fixes: 2, polls: 0);
    }

    [Fact]
    public async Task DisabledTypeSkipsListingTargetsAndPollsOnlyUntilEnabled()
    {
        // AWS answers PENDING_ENABLE and flips to ENABLED later; here the third ListRoots after the enable shows it.
        var h = Harness.Healthy(s_root, new SimulationOptions { PendingEnableReads = 2 });
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        h.Org.ResetCounters();

        await h.RunAsync(h.Desired(s_root));

        Assert.Equal(Calls(listRoots: 1 + 3, listPolicies: 1, describe: 1, enable: 1, attach: 1), h.Org.CallCounts);
        AssertWithinBudget(h.Org, ReadsWhenTypeDisabled, fixes: 2, polls: 3);
    }

    [Fact]
    public async Task DisabledTypeNeedsNoPollWhenTheEnableAnswerIsAlreadyEnabled()
    {
        var h = Harness.Healthy(s_root, new SimulationOptions { PendingEnableReads = 0 });
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        h.Org.ResetCounters();

        await h.RunAsync(h.Desired(s_root));

        Assert.Equal(Calls(listRoots: 1, listPolicies: 1, describe: 1, enable: 1, attach: 1), h.Org.CallCounts);
        AssertWithinBudget(h.Org, ReadsWhenTypeDisabled, fixes: 2, polls: 0);
    }

    private static void AssertWithinBudget(SimulatedOrganization org, int reads, int fixes, int polls)
    {
        var budget = reads + fixes + polls;
        Assert.True(org.TotalCalls <= budget, $"{org.TotalCalls} calls, budget {budget} (reads {reads} + fixes {fixes} + polls {polls})");
        Assert.Equal(fixes, org.TotalWrites);
    }

    private static Dictionary<string, int> Calls(
        int listRoots = 0, int listPolicies = 0, int describe = 0, int listTargets = 0,
        int create = 0, int update = 0, int attach = 0, int enable = 0)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [OrganizationsOperations.ListRoots] = listRoots,
            [OrganizationsOperations.ListPolicies] = listPolicies,
            [OrganizationsOperations.DescribePolicy] = describe,
            [OrganizationsOperations.ListTargetsForPolicy] = listTargets,
            [OrganizationsOperations.CreatePolicy] = create,
            [OrganizationsOperations.UpdatePolicy] = update,
            [OrganizationsOperations.AttachPolicy] = attach,
            [OrganizationsOperations.EnablePolicyType] = enable,
        };
        return counts.Where(c => c.Value > 0).ToDictionary(StringComparer.Ordinal);
    }
}
