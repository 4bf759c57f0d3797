using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Resilience;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>
/// Every drift scenario × every desired target position × each permanent per-target error: the one target that
/// cannot get the policy is reported on its own, every other target ends attached, and the reconcile completes
/// (no invocation error, so no Lambda retry and no dead letter for a condition a retry cannot fix).
/// </summary>
public sealed class PermanentTargetErrorMatrixTests
{
    public static TheoryData<string, string?, string> PermanentErrors => new()
    {
        { OrganizationsErrorCodes.TargetNotFound, null, UnreachableReasons.NotFound },
        { OrganizationsErrorCodes.ConstraintViolation, "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED", UnreachableReasons.AttachmentLimit },
        { OrganizationsErrorCodes.AccessDenied, null, UnreachableReasons.AccessDenied },
        { OrganizationsErrorCodes.InvalidInput, null, UnreachableReasons.InvalidTarget },
    };

    [Theory]
    [MemberData(nameof(PermanentErrors))]
    public async Task OneUnreachableTargetNeverBlocksTheOthers(string errorCode, string? reason, string expectedReason)
    {
        var failures = new List<string>();
        var cells = 0;
        foreach (var scenario in DriftScenario.All)
        {
            for (var position = 0; position < scenario.DesiredTargets.Count; position++)
            {
                cells++;
                failures.AddRange((await RunCellAsync(scenario, position, errorCode, reason, expectedReason)).Select(f => $"{scenario}/target {position}: {f}"));
            }
        }

        Assert.Equal(DriftScenario.All.Sum(s => s.DesiredTargets.Count), cells);
        Assert.Empty(failures);
    }

    private static async Task<List<string>> RunCellAsync(DriftScenario scenario, int position, string errorCode, string? reason, string expectedReason)
    {
        // Arrange: the target is detached first, so its attach is always attempted, whatever the scenario broke.
        var org = scenario.Build();
        var desired = new HealerRig(org, new ImmediateTimeProvider()).Desired(scenario.DesiredTargets);
        var targetId = org.TargetIdOf(scenario.DesiredTargets[position]);
        if (DriftScenario.ManagedPolicyId(org) is { } managedId
            && org.Capture().Policies.Single(p => p.Id == managedId).TargetIds.Contains(targetId))
        {
            org.DetachPolicy(managedId, targetId);
        }

        var port = new UnreachableTargetPort(org, targetId, new OrganizationsException(errorCode, "refused for this target", 400) { Reason = reason });
        var metrics = new RecordingMetrics();
        var time = new ImmediateTimeProvider();
        var reconciler = new Reconciler(new RetryingOrganizationsPort(port, time, new RetryOptions(), new Random(7)), metrics, new RecordingSnapshotSink(() => 0), time);

        // Act
        var failures = new List<string>();
        ReconcileResult result;
        try
        {
            // The Lambda's single-policy configuration, which upgrades a legacy-tagged policy in place.
            var set = await reconciler.ReconcileAsync(PolicySet.SinglePolicy(desired), "matrix", CancellationToken.None);
            if (set.Failures.Count > 0)
            {
                return [$"the entry failed: {set.Failures[0].Message}"];
            }

            result = set.Completed[0];
        }
        catch (ReconcileException e)
        {
            return [$"the reconcile failed: {e.Message}"];
        }

        // Assert
        var managed = org.Capture().Policies.Single(DriftScenario.IsManaged);
        Check(failures, managed.Name == DriftScenario.ManagedName, $"the managed policy is named {managed.Name}");
        var others = scenario.DesiredTargets.Select(org.TargetIdOf).Where(t => t != targetId).ToList();
        Check(failures, port.Refusals == 1, $"the target was refused {port.Refusals} times");
        Check(failures, result.UnreachableTargets is [{ } u] && u.TargetId == targetId && u.Reason == expectedReason,
            $"reported unreachable: {string.Join(", ", result.UnreachableTargets.Select(u => $"{u.TargetId} {u.Reason}"))}");
        Check(failures, result.Outcome == ReconcileOutcome.Degraded, $"outcome {result.Outcome}");
        Check(failures, others.All(managed.TargetIds.Contains), $"other targets not attached: {string.Join(", ", others.Except(managed.TargetIds))}");
        Check(failures, metrics.Unreachable.SequenceEqual([expectedReason]), $"TargetUnreachable metrics: {string.Join(", ", metrics.Unreachable)}");
        Check(failures, org.PolicyTypeStatusOf(PolicyTypes.BackupPolicy) == PolicyTypeStatus.Enabled, "BACKUP_POLICY is not enabled");
        return failures;
    }

    private static void Check(List<string> failures, bool condition, string failure)
    {
        if (!condition)
        {
            failures.Add(failure);
        }
    }
}
