using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>
/// A way the organization drifts: the targets the policy should be on and what someone did to it. Each scenario
/// also holds policies the healer does not manage (another team's backup policy, a tag policy, FullAWSAccess).
/// Adding a scenario here adds its write steps to the fault matrix.
/// </summary>
public sealed record DriftScenario(string Name, IReadOnlyList<string> DesiredTargets, Action<SimulatedOrganization, string> Break)
{
    public const string ManagedName = HealerDefaults.PolicyName;

    public static IReadOnlyList<DriftScenario> All { get; } =
    [
        new("DetachedFromRoot", ["root"], (org, id) => org.DetachPolicy(id, org.RootId)),
        new("DetachedFromOu", ["root", "Workloads"], (org, id) => org.DetachPolicy(id, org.TargetIdOf("Workloads"))),
        new("DetachedFromOuAndAccount", ["Security", "Workloads", "prod-app"], (org, id) =>
        {
            org.DetachPolicy(id, org.TargetIdOf("Security"));
            org.DetachPolicy(id, org.TargetIdOf("prod-app"));
        }),
        new("ContentEdited", ["root"], (org, id) => org.EditPolicyContent(id, SamplePolicies.Edited)),
        new("Renamed", ["root", "Workloads"], (org, id) => org.RenamePolicy(id, "backup-baseline-old")),
        new("PolicyDeleted", ["root", "Sandbox"], (org, id) => org.DeletePolicy(id)),
        new("PolicyTypeDisabled", ["root"], (org, _) => org.DisablePolicyType(PolicyTypes.BackupPolicy)),
        new("TypeDisabledAndPolicyDeleted", ["root"], (org, id) =>
        {
            org.DeletePolicy(id);
            org.DisablePolicyType(PolicyTypes.BackupPolicy);
        }),
        new("EditedAndTypeDisabled", ["root", "Workloads"], (org, id) =>
        {
            org.EditPolicyContent(id, SamplePolicies.Edited);
            org.DisablePolicyType(PolicyTypes.BackupPolicy);
        }),
        new("LegacyTaggedAndDetached", ["root"], (org, id) =>
        {
            // As a version before policy sets left it: the constant tag alone; the upgrade tags it before repairing it.
            org.RemovePolicyTag(id, PolicyIdentity.OwnerKey);
            org.RemovePolicyTag(id, PolicyIdentity.EntryKey);
            org.DetachPolicy(id, org.RootId);
        }),
    ];

    /// <summary>A healthy organization with unmanaged policies around the managed one, then broken.</summary>
    public SimulatedOrganization Build()
    {
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, attachTo: DesiredTargets);
        var teamBackup = org.CreatePolicy(PolicyTypes.BackupPolicy, "team-sandbox-backup", SamplePolicies.Edited, "owned by the sandbox team");
        org.AttachPolicy(teamBackup, org.TargetIdOf("Sandbox"));
        org.EnablePolicyTypeImmediately("TAG_POLICY");
        var tags = org.CreatePolicy("TAG_POLICY", "cost-center-tags", """{"tags":{"costcenter":{"tag_key":{"@@assign":"CostCenter"}}}}""");
        org.AttachPolicy(tags, org.TargetIdOf("Workloads"));
        Break(org, org.FindPolicyId(ManagedName)!);
        org.ResetCounters();
        return org;
    }

    /// <summary>The healer's policy, found as the healer finds it: by its tag, whatever it is named now.</summary>
    public static bool IsManaged(PolicyPicture policy) =>
        policy.Type == PolicyTypes.BackupPolicy && policy.Tags.Contains($"{PolicyIdentity.ManagedByKey}={PolicyIdentity.ManagedByValue}");

    public static string? ManagedPolicyId(SimulatedOrganization org) => org.Capture().Policies.FirstOrDefault(IsManaged)?.Id;

    public override string ToString() => Name;
}
