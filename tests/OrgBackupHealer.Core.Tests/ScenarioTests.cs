using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests;

/// <summary>One scenario per drift kind (and combinations): final state, exact writes, metrics and snapshot.</summary>
public sealed class ScenarioTests
{
    private static readonly string[] s_targets = ["root", "Workloads"];

    private static Harness Healthy() => Harness.Healthy(s_targets);

    [Fact]
    public async Task HealthyOrganizationCostsOnlyReadsAndNoWrites()
    {
        var h = Healthy();
        var before = h.Org.Capture();

        var result = await h.RunAsync(h.Desired(s_targets));

        Assert.Empty(result.Plan);
        Assert.Empty(h.Org.Writes);
        Assert.Equal(
            new Dictionary<string, int> { ["ListRoots"] = 1, ["ListPolicies"] = 1, ["ListTagsForResource"] = 1, ["DescribePolicy"] = 1, ["ListTargetsForPolicy"] = 1 },
            h.Org.CallCounts);
        Assert.Empty(h.Snapshots.Saved);
        Assert.Empty(h.Metrics.AutoFixes);
        Assert.Equal(before, h.Org.Capture());
    }

    [Fact]
    public async Task ReformattedContentIsNotDrift()
    {
        var h = Healthy();
        h.Org.EditPolicyContent(h.PolicyId, SamplePolicies.Reformatted);

        var result = await h.RunAsync(h.Desired(s_targets));

        Assert.Empty(result.Plan);
        Assert.Empty(h.Org.Writes);
    }

    [Fact]
    public async Task ReenablesPolicyTypeAndReattachesWhenTypeWasDisabled()
    {
        var h = Healthy();
        var healthy = h.Org.Capture();
        var (policyId, root, ou) = (h.PolicyId, h.Org.RootId, h.Org.TargetIdOf("Workloads"));
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);

        await h.RunAsync(h.Desired(s_targets));

        Assert.Equal(
            [WriteCall.EnablePolicyType(root), WriteCall.AttachPolicy(policyId, root), WriteCall.AttachPolicy(policyId, ou)],
            h.Org.Writes);
        Assert.Equal([FixType.PolicyTypeEnabled, FixType.PolicyReattached, FixType.PolicyReattached], h.Metrics.AutoFixes);
        Assert.Equal(healthy, h.Org.Capture());
        AssertSnapshotBeforeFirstWrite(h, status: null, policyId, content: SamplePolicies.Shipped, attached: []);
    }

    [Fact]
    public async Task RecreatesTaggedPolicyAndAttachesItWhenPolicyWasDeleted()
    {
        var h = Healthy();
        var healthy = h.Org.Capture();
        var (root, ou) = (h.Org.RootId, h.Org.TargetIdOf("Workloads"));
        h.Org.DeletePolicy(h.PolicyId);

        await h.RunAsync(h.Desired(s_targets));

        var newId = h.PolicyId;
        Assert.Equal(
            [WriteCall.CreatePolicy(Harness.PolicyName), WriteCall.AttachPolicy(newId, root), WriteCall.AttachPolicy(newId, ou)],
            h.Org.Writes);
        Assert.Equal([FixType.PolicyRecreated, FixType.PolicyReattached, FixType.PolicyReattached], h.Metrics.AutoFixes);
        Assert.Equal(WithoutIds(healthy), WithoutIds(h.Org.Capture()));
        AssertSnapshotBeforeFirstWrite(h, status: "ENABLED", policyId: null, content: null, attached: []);
    }

    [Fact]
    public async Task RestoresContentWhenPolicyWasEdited()
    {
        var h = Healthy();
        var healthy = h.Org.Capture();
        var policyId = h.PolicyId;
        h.Org.EditPolicyContent(policyId, SamplePolicies.Edited);

        await h.RunAsync(h.Desired(s_targets));

        Assert.Equal([WriteCall.UpdatePolicy(policyId)], h.Org.Writes);
        Assert.Equal([FixType.ContentRestored], h.Metrics.AutoFixes);
        Assert.Equal(healthy, h.Org.Capture());
        AssertSnapshotBeforeFirstWrite(h, "ENABLED", policyId, SamplePolicies.Edited, [h.Org.RootId, h.Org.TargetIdOf("Workloads")]);
    }

    [Fact]
    public async Task ReattachesPolicyWhenDetachedFromOu()
    {
        var h = Healthy();
        var healthy = h.Org.Capture();
        var (policyId, ou) = (h.PolicyId, h.Org.TargetIdOf("Workloads"));
        h.Org.DetachPolicy(policyId, ou);

        await h.RunAsync(h.Desired(s_targets));

        Assert.Equal([WriteCall.AttachPolicy(policyId, ou)], h.Org.Writes);
        Assert.Equal([FixType.PolicyReattached], h.Metrics.AutoFixes);
        Assert.Equal(healthy, h.Org.Capture());
        AssertSnapshotBeforeFirstWrite(h, "ENABLED", policyId, SamplePolicies.Shipped, [h.Org.RootId]);
    }

    [Fact]
    public async Task ReattachesPolicyWhenDetachedFromRoot()
    {
        var h = Healthy();
        var healthy = h.Org.Capture();
        var (policyId, root) = (h.PolicyId, h.Org.RootId);
        h.Org.DetachPolicy(policyId, root);

        await h.RunAsync(h.Desired(s_targets));

        Assert.Equal([WriteCall.AttachPolicy(policyId, root)], h.Org.Writes);
        Assert.Equal([FixType.PolicyReattached], h.Metrics.AutoFixes);
        Assert.Equal(healthy, h.Org.Capture());
        AssertSnapshotBeforeFirstWrite(h, "ENABLED", policyId, SamplePolicies.Shipped, [h.Org.TargetIdOf("Workloads")]);
    }

    [Fact]
    public async Task FixesTypeContentAndAttachmentsTogetherInSpecOrder()
    {
        var h = Healthy();
        var healthy = h.Org.Capture();
        var (policyId, root, ou) = (h.PolicyId, h.Org.RootId, h.Org.TargetIdOf("Workloads"));
        h.Org.EditPolicyContent(policyId, SamplePolicies.Edited);
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);

        await h.RunAsync(h.Desired(s_targets));

        Assert.Equal(
            [
                WriteCall.EnablePolicyType(root), WriteCall.UpdatePolicy(policyId),
                WriteCall.AttachPolicy(policyId, root), WriteCall.AttachPolicy(policyId, ou),
            ],
            h.Org.Writes);
        Assert.Equal(
            [FixType.PolicyTypeEnabled, FixType.ContentRestored, FixType.PolicyReattached, FixType.PolicyReattached],
            h.Metrics.AutoFixes);
        Assert.Equal(healthy, h.Org.Capture());
    }

    [Fact]
    public async Task RecreatesPolicyOnADisabledTypeThenAttachesOnceEnabled()
    {
        var h = Healthy();
        var healthy = h.Org.Capture();
        var (root, ou) = (h.Org.RootId, h.Org.TargetIdOf("Workloads"));
        h.Org.DeletePolicy(h.PolicyId);
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);

        await h.RunAsync(h.Desired(s_targets));

        var newId = h.PolicyId;
        Assert.Equal(
            [
                WriteCall.EnablePolicyType(root), WriteCall.CreatePolicy(Harness.PolicyName),
                WriteCall.AttachPolicy(newId, root), WriteCall.AttachPolicy(newId, ou),
            ],
            h.Org.Writes);
        Assert.Equal(
            [FixType.PolicyTypeEnabled, FixType.PolicyRecreated, FixType.PolicyReattached, FixType.PolicyReattached],
            h.Metrics.AutoFixes);
        Assert.Equal(WithoutIds(healthy), WithoutIds(h.Org.Capture()));
        Assert.Single(h.Snapshots.Saved);
    }

    [Fact]
    public async Task RestoresContentAndBothAttachments()
    {
        var h = Healthy();
        var healthy = h.Org.Capture();
        var (policyId, root, ou) = (h.PolicyId, h.Org.RootId, h.Org.TargetIdOf("Workloads"));
        h.Org.EditPolicyContent(policyId, SamplePolicies.Edited);
        h.Org.DetachPolicy(policyId, root);
        h.Org.DetachPolicy(policyId, ou);

        await h.RunAsync(h.Desired(s_targets));

        Assert.Equal(
            [WriteCall.UpdatePolicy(policyId), WriteCall.AttachPolicy(policyId, root), WriteCall.AttachPolicy(policyId, ou)],
            h.Org.Writes);
        Assert.Equal([FixType.ContentRestored, FixType.PolicyReattached, FixType.PolicyReattached], h.Metrics.AutoFixes);
        Assert.Equal(healthy, h.Org.Capture());
    }

    [Fact]
    public async Task AttachesToANewlyDesiredAccountOnly()
    {
        var h = Healthy();
        var (policyId, account) = (h.PolicyId, h.Org.TargetIdOf("prod-app"));

        await h.RunAsync(h.Desired(["root", "Workloads", "prod-app"]));

        Assert.Equal([WriteCall.AttachPolicy(policyId, account)], h.Org.Writes);
    }

    [Fact]
    public async Task SecondRunAfterAFixMakesNoWrites()
    {
        var h = Healthy();
        h.Org.DeletePolicy(h.PolicyId);
        await h.RunAsync(h.Desired(s_targets));
        h.Org.ResetCounters();

        var result = await h.RunAsync(h.Desired(s_targets));

        Assert.Empty(result.Plan);
        Assert.Equal(0, h.Org.TotalWrites);
        Assert.Equal(3, h.Org.TotalCalls);
    }

    private static void AssertSnapshotBeforeFirstWrite(Harness h, string? status, string? policyId, string? content, string[] attached)
    {
        var (snapshot, writesBefore) = Assert.Single(h.Snapshots.Saved);
        Assert.Equal(0, writesBefore);
        Assert.Equal("test", snapshot.Trigger);
        Assert.Equal(h.Org.RootId, snapshot.RootId);
        Assert.Equal(status, snapshot.BackupPolicyTypeStatus);
        Assert.Equal(policyId, snapshot.PolicyId);
        Assert.Equal(content, snapshot.PolicyContent);
        Assert.Equal(attached.Order(StringComparer.Ordinal), snapshot.AttachedTargetIds.Order(StringComparer.Ordinal));
    }

    /// <summary>A recreated policy gets a new id; everything else must match.</summary>
    private static OrganizationPicture WithoutIds(OrganizationPicture picture) => picture with
    {
        Policies = new EquatableList<PolicyPicture>(picture.Policies
            .Select(p => p.AwsManaged ? p : p with { Id = "", Arn = "" })
            .OrderBy(p => p.Type + "/" + p.Name, StringComparer.Ordinal)),
    };
}
