using BenchmarkDotNet.Attributes;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Benchmarks;

/// <summary>
/// ReconcilePlanner.Plan (pure) for 1, 100 and 1,000 desired targets: all attached (healthy, the common case) and
/// every other target detached. Includes the semantic content comparison it makes.
/// </summary>
[MemoryDiagnoser]
public class PlannerBenchmarks
{
    private DesiredState _desired = null!;
    private ObservedState _healthy = null!;
    private ObservedState _halfDetached = null!;

    [Params(1, 100, 1000)]
    public int Targets { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var content = File.ReadAllText(RepositoryPaths.FindAbove(Path.Combine("policies", "backup-policy.json")));
        var targetIds = Enumerable.Range(0, Targets).Select(i => i == 0 ? "r-ab12" : $"{100000000000 + i}").ToList();
        _desired = DesiredState.For(HealerDefaults.PolicyName, PolicyDocument.Parse(content),
            [.. targetIds.Select(id => id == "r-ab12" ? DesiredState.RootTarget : id)], HealerMode.Enforce);
        var root = new OrganizationRoot("r-ab12", "arn:aws:organizations::111111111111:root/o-example/r-ab12", "Root",
            [new PolicyTypeSummary(PolicyTypes.BackupPolicy, PolicyTypeStatus.Enabled)]);
        var policy = new ManagedPolicy(new ManagedPolicyId("p-example1"), new PolicySummary("p-example1", "arn:aws:organizations::111111111111:policy/o-example/backup_policy/p-example1",
            HealerDefaults.PolicyName, HealerDefaults.PolicyDescription, PolicyTypes.BackupPolicy, false), content, PolicyIdentification.Tagged);
        var attachments = targetIds.Select(id => new PolicyTarget(id, $"arn:{id}", id, id.StartsWith("r-", StringComparison.Ordinal) ? TargetType.Root : TargetType.Account)).ToList();
        _healthy = new ObservedState(root, policy, attachments, targetIds, []);
        _halfDetached = new ObservedState(root, policy, [.. attachments.Where((_, i) => i % 2 == 0)], targetIds, []);
        if (ReconcilePlanner.Plan(_desired, _healthy).Count != 0 || ReconcilePlanner.Plan(_desired, _halfDetached).Count != Targets / 2)
        {
            throw new InvalidOperationException("The observed states do not mean what the benchmark says.");
        }
    }

    [Benchmark]
    public int PlanHealthy() => ReconcilePlanner.Plan(_desired, _healthy).Count;

    [Benchmark]
    public int PlanHalfDetached() => ReconcilePlanner.Plan(_desired, _halfDetached).Count;
}
