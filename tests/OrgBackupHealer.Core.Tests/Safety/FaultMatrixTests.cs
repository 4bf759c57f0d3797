using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>
/// Every drift scenario × every write step its plan has × every fault kind. The steps come from the planner,
/// so a new scenario or a new kind of step is covered without touching this file.
/// </summary>
public sealed class FaultMatrixTests
{
    [Fact]
    public async Task EveryFaultAtEveryWriteStepConvergesWithoutDuplicatesOrForeignWritesAndWithSnapshots()
    {
        var cells = await MatrixAsync();
        var failures = new List<string>();

        foreach (var (scenario, step, fault) in cells)
        {
            failures.AddRange((await RunCellAsync(scenario, step.Index, fault)).Select(f => $"{scenario}/{step.Index}:{step.Action.Type}/{fault}: {f}"));
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task MatrixCoversEveryKindOfWriteStepAndEveryFault()
    {
        var cells = await MatrixAsync();

        Assert.Equal(Enum.GetValues<ActionType>().Order(), cells.Select(c => c.Step.Action.Type).Distinct().Order());
        Assert.Equal(Enum.GetValues<FaultKind>().Order(), cells.Select(c => c.Fault).Distinct().Order());
        Assert.Equal(MatrixSize, cells.Count);
    }

    /// <summary>10 scenarios with 1+1+2+1+1+3+2+3+4+2 = 20 write steps, × 5 faults.</summary>
    private const int MatrixSize = 100;

    private static async Task<List<(DriftScenario Scenario, (int Index, PlannedAction Action) Step, FaultKind Fault)>> MatrixAsync()
    {
        var cells = new List<(DriftScenario, (int, PlannedAction), FaultKind)>();
        foreach (var scenario in DriftScenario.All)
        {
            var rig = new HealerRig(scenario.Build(), new ImmediateTimeProvider());
            var plan = await rig.RemainingDriftAsync(rig.Desired(scenario.DesiredTargets));
            cells.AddRange(
                from step in plan.Select((action, i) => (i + 1, action))
                from fault in Enum.GetValues<FaultKind>()
                select (scenario, step, fault));
        }

        return cells;
    }

    private static async Task<List<string>> RunCellAsync(DriftScenario scenario, int step, FaultKind fault)
    {
        var org = scenario.Build();
        var rig = new HealerRig(org, new ImmediateTimeProvider());
        var desired = rig.Desired(scenario.DesiredTargets);
        var unmanagedBefore = Unmanaged(org.Capture());
        var invocations = new List<HealerRig.Invocation>();
        Func<Task> racer = async () => invocations.Add(await rig.InvokeAsync(new GateRequest(ReconcileTrigger.DriftSignal, "evt-racer"), desired));

        var first = await rig.InvokeAsync(new GateRequest(ReconcileTrigger.ErrorSignal, "evt-1"), desired, step, fault, racer);
        invocations.Add(first);
        if (first.Error is not null)
        {
            // Lambda retries the failed event: the same event id must run again, not count as a duplicate.
            invocations.Add(await rig.InvokeAsync(new GateRequest(ReconcileTrigger.ErrorSignal, "evt-1"), desired));
        }

        var failures = new List<string>();
        Check(failures, first.Port.Fired, "the fault never fired");
        Check(failures, invocations.Last().Error is null, $"the healer still fails: {invocations.Last().Error?.Message}");
        var remaining = await rig.RemainingDriftAsync(desired);
        Check(failures, remaining.Count == 0, $"not converged: {string.Join("; ", remaining.Select(a => a.Reason))}");
        var managed = org.Capture().Policies.Where(IsManaged).ToList();
        Check(failures, managed.Count == 1, $"{managed.Count} managed policies");
        Check(failures, Unmanaged(org.Capture()) == unmanagedBefore, "something the healer does not manage changed");
        var managedId = managed.FirstOrDefault()?.Id ?? "";
        var foreign = org.Writes.Where(w => w.Succeeded && !TouchesOnlyManaged(w, org.RootId, managedId)).ToList();
        Check(failures, foreign.Count == 0, $"writes outside the managed policy: {string.Join(", ", foreign)}");
        foreach (var invocation in invocations.Where(i => i.Port.WritesReachingOrganization > 0))
        {
            Check(failures, invocation.SnapshotsTakenAfterWrites is [0], $"a reconcile wrote without one snapshot before its first write ({invocation.SnapshotsTakenAfterWrites.Count} snapshots)");
        }

        return failures;
    }

    private static void Check(List<string> failures, bool condition, string failure)
    {
        if (!condition)
        {
            failures.Add(failure);
        }
    }

    private static bool IsManaged(PolicyPicture p) => DriftScenario.IsManaged(p);

    private static OrganizationPicture Unmanaged(OrganizationPicture picture) =>
        picture.WithoutPolicies(IsManaged).WithoutRootPolicyType(PolicyTypes.BackupPolicy);

    private static bool TouchesOnlyManaged(WriteCall write, string rootId, string managedId) =>
        write == WriteCall.EnablePolicyType(rootId)
        || write == WriteCall.CreatePolicy(DriftScenario.ManagedName)
        || write == WriteCall.UpdatePolicy(managedId)
        || write == WriteCall.TagResource(managedId)
        || (write.Operation == OrganizationsOperations.AttachPolicy && write.Arguments.StartsWith($"PolicyId={managedId},", StringComparison.Ordinal));
}
