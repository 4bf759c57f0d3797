using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Resilience;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Core.Tests.Support;

/// <summary>A simulated organization wired to a reconciler the way the hosts wire it (with the retrying decorator).</summary>
public sealed class Harness
{
    public const string PolicyName = HealerDefaults.PolicyName;

    public Harness(SimulatedOrganization org, TimeProvider? time = null, RetryOptions? retry = null)
    {
        Org = org;
        Time = time ?? new ImmediateTimeProvider();
        Snapshots = new RecordingSnapshotSink(() => org.TotalWrites);
        var port = new RetryingOrganizationsPort(org, Time, retry ?? new RetryOptions(), new Random(7));
        Reconciler = new Reconciler(port, Metrics, Snapshots, Time);
    }

    public SimulatedOrganization Org { get; }

    public TimeProvider Time { get; }

    public RecordingMetrics Metrics { get; } = new();

    public RecordingSnapshotSink Snapshots { get; }

    public Reconciler Reconciler { get; }

    /// <summary>A healthy organization with the shipped policy attached to the given targets (names), default the root.</summary>
    public static Harness Healthy(IEnumerable<string>? attachTo = null, SimulationOptions? options = null, TimeProvider? time = null) =>
        new(SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, attachTo, options), time);

    public string PolicyId => Org.FindPolicyId(PolicyName) ?? throw new InvalidOperationException("The managed policy is missing.");

    public DesiredState Desired(IEnumerable<string> targetNames, HealerMode mode = HealerMode.Enforce) => DesiredState.For(
        PolicyName,
        PolicyDocument.Parse(SamplePolicies.Shipped),
        [.. targetNames.Select(n => n == DesiredState.RootTarget ? n : Org.TargetIdOf(n))],
        mode);

    /// <summary>The managed policy's id as the last run left it, passed to the next run as a host does.</summary>
    public string? KnownPolicyId { get; set; }

    /// <summary>Reconciles like a warm host: the first run searches for the managed policy, later runs start from its id.</summary>
    public async Task<ReconcileResult> RunAsync(DesiredState desired)
    {
        var result = await Reconciler.ReconcileAsync(desired, "test", CancellationToken.None, KnownPolicyId);
        KnownPolicyId = result.ManagedPolicyId;
        return result;
    }
}
