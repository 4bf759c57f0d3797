using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Resilience;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>
/// Invocations of the healer against one simulated organization, wired as the function wires them: gate with a
/// shared state store, retrying decorator, reconciler. Each invocation gets its own port so faults and write
/// counts belong to it.
/// </summary>
public sealed class HealerRig(SimulatedOrganization org, TimeProvider time, SafetyOptions? safety = null)
{
    private readonly RecordingStateStoreFaults _storeFaults = new();
    private ReconcileGate? _gate;

    public SimulatedOrganization Org => org;

    public RecordingMetrics Metrics { get; } = new();

    public RecordingStateStoreFaults StoreFaults => _storeFaults;

    private ReconcileGate Gate => _gate ??= new(new InMemoryHealerStateStore(), time, safety ?? new SafetyOptions(), _storeFaults);

    /// <summary>The managed policy's id as the function remembers it between warm invocations.</summary>
    public string? KnownPolicyId { get; private set; }

    public DesiredState Desired(IEnumerable<string> targetNames) => DesiredState.For(
        HealerDefaults.PolicyName,
        PolicyDocument.Parse(SamplePolicies.Shipped),
        [.. targetNames.Select(n => n == DesiredState.RootTarget ? n : org.TargetIdOf(n))],
        HealerMode.Enforce);

    public Task<Invocation> InvokeAsync(GateRequest request, DesiredState desired) =>
        InvokeAsync(request, desired, faultAtWrite: 0, FaultKind.Throttled, () => Task.CompletedTask);

    public async Task<Invocation> InvokeAsync(GateRequest request, DesiredState desired, int faultAtWrite, FaultKind fault, Func<Task> racingInvocation)
    {
        var port = new FaultInjectingPort(org, faultAtWrite, fault, racingInvocation);
        var snapshots = new List<int>();
        var sink = new CallbackSnapshotSink(() => snapshots.Add(port.WritesReachingOrganization));
        IOrganizationsPort retrying = new RetryingOrganizationsPort(port, time, new RetryOptions(), new Random(7));
        var reconciler = new Reconciler(retrying, Metrics, sink, time);
        reconciler.Remember(desired.Key, KnownPolicyId);
        var guarded = new GuardedReconciler(Gate, reconciler, StoreFaults);
        try
        {
            // The Lambda's single-policy configuration: a set of one that upgrades a legacy-tagged policy in place.
            var outcome = await guarded.RunAsync(request, PolicySet.SinglePolicy(desired), CancellationToken.None);
            KnownPolicyId = outcome.Result?.ManagedPolicyIds.GetValueOrDefault(desired.Key) ?? KnownPolicyId;
            return new Invocation(outcome, null, port, snapshots);
        }
        catch (Exception e) when (e is SimulatedCrashException or ReconcileException)
        {
            return new Invocation(null, e, port, snapshots);
        }
    }

    /// <summary>A report-mode look at the organization that changes nothing: the drift still left.</summary>
    public async Task<IReadOnlyList<PlannedAction>> RemainingDriftAsync(DesiredState desired)
    {
        var check = new Reconciler(org, new RecordingMetrics(), new CallbackSnapshotSink(() => { }), time);
        var result = await check.ReconcileAsync(PolicySet.SinglePolicy(desired with { Mode = HealerMode.Report }), "check", CancellationToken.None);
        return [.. result.SharedPlan, .. result.Completed.SelectMany(r => r.Plan)];
    }

    /// <param name="SnapshotsTakenAfterWrites">For each snapshot, how many of this invocation's writes had reached the organization.</param>
    public sealed record Invocation(GuardedOutcome? Outcome, Exception? Error, FaultInjectingPort Port, IReadOnlyList<int> SnapshotsTakenAfterWrites);

    private sealed class CallbackSnapshotSink(Action onSave) : ISnapshotSink
    {
        public Task<SnapshotReceipt> SaveAsync(StateSnapshot snapshot, CancellationToken cancellationToken)
        {
            onSave();
            return Task.FromResult(new SnapshotReceipt("callback", Reused: false));
        }
    }
}
