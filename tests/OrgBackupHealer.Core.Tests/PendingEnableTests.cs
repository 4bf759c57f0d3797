using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Core.Tests;

public sealed class PendingEnableTests
{
    private static readonly string[] s_targets = ["root"];

    [Fact]
    public async Task WaitsForEnabledWithDoublingPollsBeforeAttaching()
    {
        var time = new ImmediateTimeProvider();
        var h = Harness.Healthy(s_targets, new SimulationOptions { PendingEnableReads = 5 }, time);
        var (policyId, root) = (h.PolicyId, h.Org.RootId);
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);

        await h.RunAsync(h.Desired(s_targets));

        Assert.Equal([WriteCall.EnablePolicyType(root), WriteCall.AttachPolicy(policyId, root)], h.Org.Writes);
        // The observation, six polls until ENABLED, and the read that confirms the end state after the type changed.
        Assert.Equal(1 + 6 + 1, h.Org.CallsOf("ListRoots"));
        Assert.Equal([1, 2, 4, 8, 8], time.Delays.Select(d => d.TotalSeconds));
        Assert.Equal(PolicyTypeStatus.Enabled, h.Org.PolicyTypeStatusOf(PolicyTypes.BackupPolicy));
    }

    [Fact]
    public async Task WaitsWhenTheTypeIsAlreadyPendingAtObservation()
    {
        var h = Harness.Healthy(s_targets, new SimulationOptions { PendingEnableReads = 3 });
        var (policyId, root) = (h.PolicyId, h.Org.RootId);
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        await h.Org.EnableBackupPolicyTypeAsync(root, CancellationToken.None);
        h.Org.ResetCounters();

        await h.RunAsync(h.Desired(s_targets));

        Assert.Equal([WriteCall.AttachPolicy(policyId, root)], h.Org.Writes);
        Assert.Equal([FixType.PolicyReattached], h.Metrics.AutoFixes);
    }

    [Fact]
    public async Task StopsWithAReconcileExceptionWhenTheDeadlinePassesWhilePending()
    {
        var time = new FakeTimeProvider();
        var h = Harness.Healthy(s_targets, new SimulationOptions { PendingEnableReads = 1_000_000 }, time);
        var root = h.Org.RootId;
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30), time);

        var run = h.Reconciler.ReconcileAsync(h.Desired(s_targets), "test", deadline.Token);
        for (var i = 0; i < 120 && !run.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
        }

        var error = await Assert.ThrowsAsync<ReconcileException>(() => run);
        Assert.Contains("deadline", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
        Assert.Equal([WriteCall.EnablePolicyType(root)], h.Org.Writes);
        Assert.Equal(ActionType.EnablePolicyType, Assert.Single(error.Applied).Action.Type);
    }

    [Fact]
    public async Task StopsWhenAnotherActorDisablesTheTypeWhileWaiting()
    {
        var h = Harness.Healthy(s_targets, new SimulationOptions { PendingEnableReads = 3 });
        h.Org.DisablePolicyType(PolicyTypes.BackupPolicy);
        h.Org.BeforeOperation("ListRoots", () => { }, times: 1);
        h.Org.BeforeOperation("ListRoots", () => h.Org.DisablePolicyType(PolicyTypes.BackupPolicy), times: 1);

        var error = await Assert.ThrowsAsync<ReconcileException>(() => h.RunAsync(h.Desired(s_targets)));

        Assert.Equal(OrganizationsErrorCodes.PolicyTypeNotEnabled, error.ErrorCode);
        Assert.DoesNotContain(h.Org.Writes, w => w.Operation == "AttachPolicy");
    }
}
