using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Reconciliation;

/// <summary>
/// A reconcile of a whole policy set: one reconcile, one snapshot, one result per entry; one entry's failure never
/// stops another's repair; every metric names its entry.
/// </summary>
public sealed class PolicySetReconcileTests
{
    [Fact]
    public async Task AnEmptyOrganizationGetsEveryEntryCreatedTaggedAndAttachedInOneReconcile()
    {
        // Arrange
        var h = new Harness(ThreeTierSet.EmptyOrganization());
        var set = ThreeTierSet.For(h.Org);

        // Act
        var result = await h.Reconciler.ReconcileAsync(set, "test", CancellationToken.None);

        // Assert
        Assert.Equal(ReconcileOutcome.Repaired, result.Outcome);
        foreach (var entry in set.Entries)
        {
            var policy = h.Org.Capture().Policies.Single(p => p.Name == entry.PolicyName);
            Assert.Contains($"{PolicyIdentity.OwnerKey}=platform", policy.Tags);
            Assert.Contains($"{PolicyIdentity.EntryKey}={entry.Key}", policy.Tags);
            Assert.Equal([entry.TargetIds[0] == DesiredState.RootTarget ? h.Org.RootId : entry.TargetIds[0]], policy.TargetIds);
        }

        Assert.Single(h.Snapshots.Saved);
        Assert.Equal(["baseline", "prod", "regulated"], Assert.Single(h.Metrics.HealingRunPolicies));
        Assert.Contains((FixType.PolicyRecreated, "regulated"), h.Metrics.ByPolicy);
    }

    [Fact]
    public async Task EachEntryBrokenADifferentWayIsRepairedInOneReconcileAndTheNextWritesNothing()
    {
        // Arrange: a healthy set, then baseline edited, prod detached, regulated deleted, the type disabled.
        var h = new Harness(ThreeTierSet.EmptyOrganization());
        var set = ThreeTierSet.For(h.Org);
        await h.Reconciler.ReconcileAsync(set, "setup", CancellationToken.None);
        var ids = set.Entries.ToDictionary(e => e.Key, e => h.Org.FindPolicyId(e.PolicyName)!);
        h.Org.EditPolicyContent(ids["baseline"], SamplePolicies.Edited);
        h.Org.DetachPolicy(ids["prod"], h.Org.TargetIdOf("Production"));
        h.Org.DeletePolicy(ids["regulated"]);
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        h.Org.ResetCounters();

        // Act
        var repair = await h.Reconciler.ReconcileAsync(set, "repair", CancellationToken.None);
        h.Org.ResetCounters();
        var again = await h.Reconciler.ReconcileAsync(set, "again", CancellationToken.None);

        // Assert
        Assert.Equal(ReconcileOutcome.Repaired, repair.Outcome);
        Assert.Empty(repair.Failures);
        Assert.Equal(ReconcileOutcome.Healthy, again.Outcome);
        Assert.Equal(0, h.Org.TotalWrites);
    }

    [Fact]
    public async Task AHealthyWarmReconcileCostsOneListRootsAndTwoReadsPerEntry()
    {
        // Arrange
        var h = new Harness(ThreeTierSet.EmptyOrganization());
        var set = ThreeTierSet.For(h.Org);
        await h.Reconciler.ReconcileAsync(set, "setup", CancellationToken.None);
        h.Org.ResetCounters();

        // Act
        await h.Reconciler.ReconcileAsync(set, "warm", CancellationToken.None);

        // Assert: content and attachments are separate reads per policy; Organizations has no batch read of either.
        Assert.Equal(1 + (2 * set.Entries.Count), h.Org.TotalCalls);
    }

    [Fact]
    public async Task AnEntryThatFailsNeverStopsTheOthersRepair()
    {
        // Arrange: every entry needs a write; the regulated tier's CreatePolicy is denied, the prod tier's target is gone.
        var h = new Harness(ThreeTierSet.EmptyOrganization());
        var set = ThreeTierSet.For(h.Org);
        await h.Reconciler.ReconcileAsync(set with { Entries = [set.Entries[0], set.Entries[1]] }, "setup", CancellationToken.None);
        h.Org.DetachPolicy(h.Org.FindPolicyId(HealerDefaults.PolicyName)!, h.Org.RootId);
        var gone = set.Entries[1] with { TargetIds = [.. set.Entries[1].TargetIds, $"ou-{h.Org.RootId[2..]}-gone0000"] };
        h.Org.InjectFault(OrganizationsOperations.CreatePolicy, OrganizationsErrorCodes.AccessDenied, message: "explicit deny in a service control policy");

        // Act
        var result = await h.Reconciler.ReconcileAsync(set with { Entries = [set.Entries[0], gone, set.Entries[2]] }, "test", CancellationToken.None);

        // Assert
        Assert.Equal(ReconcileOutcome.Degraded, result.Outcome);
        Assert.Equal(ReconcileOutcome.Repaired, result.Entries[0].Result?.Outcome);
        Assert.Equal(ReconcileOutcome.Degraded, result.Entries[1].Result?.Outcome);
        Assert.Equal(FailureReasons.AccessDenied, result.Entries[2].Failure?.Diagnosis.Reason);
        Assert.False(result.HasTransientFailure);
        Assert.Contains(h.Org.RootId, h.Org.Capture().Policies.Single(p => p.Name == HealerDefaults.PolicyName).TargetIds);
    }

    [Fact]
    public async Task AReportModeEntryOnlyReportsWhileAnEnforcingEntryIsRepaired()
    {
        // Arrange
        var h = new Harness(ThreeTierSet.EmptyOrganization());
        var set = ThreeTierSet.For(h.Org);
        set = set with { Entries = [set.Entries[0], set.Entries[1] with { Mode = HealerMode.Report }] };

        // Act
        var result = await h.Reconciler.ReconcileAsync(set, "test", CancellationToken.None);

        // Assert
        Assert.Equal(ReconcileOutcome.DriftReported, result.Outcome);
        Assert.NotNull(h.Org.FindPolicyId(HealerDefaults.PolicyName));
        Assert.Null(h.Org.FindPolicyId("org-backup-prod"));
        Assert.Contains((FixType.PolicyRecreated, "prod"), h.Metrics.ByPolicy.Where(m => h.Metrics.Drifts.Contains(m.FixType)));
    }

    [Fact]
    public async Task AWarmReconcileNeverWritesAPolicyWhoseTagsWereRemovedAndForgetsItsId()
    {
        // Arrange: the reconciler learnt the baseline's id; someone removes its owner tag and edits it.
        var h = new Harness(ThreeTierSet.EmptyOrganization());
        var set = ThreeTierSet.For(h.Org);
        await h.Reconciler.ReconcileAsync(set, "setup", CancellationToken.None);
        var baseline = h.Org.FindPolicyId(HealerDefaults.PolicyName)!;
        h.Org.RemovePolicyTag(baseline, PolicyIdentity.OwnerKey);
        h.Org.EditPolicyContent(baseline, SamplePolicies.Edited);
        h.Org.ResetCounters();

        // Act
        var warm = await h.Reconciler.ReconcileAsync(set, "warm", CancellationToken.None);
        var cold = await h.Reconciler.ReconcileAsync(set, "after", CancellationToken.None);

        // Assert: read again before the write, refused; then found as someone else's policy holding the name.
        Assert.Equal(FailureReasons.OwnershipLost, warm.Entries[0].Failure?.Diagnosis.Reason);
        Assert.Equal(FailureReasons.OwnershipConflict, cold.Entries[0].Failure?.Diagnosis.Reason);
        Assert.DoesNotContain(h.Org.Writes, w => w.Arguments.Contains(baseline, StringComparison.Ordinal));
        Assert.Equal(SamplePolicies.Edited, h.Org.Capture().Policies.Single(p => p.Id == baseline).Content);
        Assert.False(h.Reconciler.KnownPolicyIds.ContainsKey("baseline"));
    }

    [Fact]
    public async Task OneSnapshotHoldsEveryEntryAsObservedBeforeTheFirstWrite()
    {
        // Arrange
        var h = new Harness(ThreeTierSet.EmptyOrganization());
        var set = ThreeTierSet.For(h.Org);
        await h.Reconciler.ReconcileAsync(set, "setup", CancellationToken.None);
        h.Org.DetachPolicy(h.Org.FindPolicyId("org-backup-prod")!, h.Org.TargetIdOf("Production"));
        h.Org.ResetCounters();

        // Act
        await h.Reconciler.ReconcileAsync(set, "test", CancellationToken.None);

        // Assert: saved while the organization had received none of this reconcile's writes.
        var (snapshot, writesBefore) = h.Snapshots.Saved[^1];
        Assert.Equal(0, writesBefore);
        Assert.Equal(1, h.Org.TotalWrites);
        Assert.Equal(["baseline", "prod", "regulated"], snapshot.Entries.Select(e => e.Key));
        Assert.Empty(snapshot.Entries.Single(e => e.Key == "prod").AttachedTargetIds);
        Assert.Equal("platform", snapshot.Owner);
    }
}
