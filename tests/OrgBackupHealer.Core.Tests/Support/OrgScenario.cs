using CsCheck;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Support;

/// <summary>Another team's policy in a generated organization.</summary>
public sealed record OtherPolicy(string Type, bool ReuseManagedName, bool[] AttachMask);

/// <summary>
/// A randomly generated organization state: which targets the policy was attached to, which are desired, any
/// subset of the breaks, extra OUs, PENDING_ENABLE length and other policies of several types.
/// </summary>
public sealed record OrgScenario(
    int ExtraOus,
    bool[] InitialMask,
    bool[] DesiredMask,
    bool DisableType,
    bool DeletePolicy,
    int ContentChange,
    int PendingReads,
    OtherPolicy[] Others)
{
    private const int MaxEntities = 12;

    private static readonly string[] s_otherTypes = ["SERVICE_CONTROL_POLICY", "TAG_POLICY", PolicyTypes.BackupPolicy, "AISERVICES_OPT_OUT_POLICY"];

    public static Gen<OrgScenario> Gen { get; } =
        from extraOus in CsCheck.Gen.Int[0, 2]
        from initial in CsCheck.Gen.Bool.Array[MaxEntities]
        from desired in CsCheck.Gen.Bool.Array[MaxEntities]
        from disable in CsCheck.Gen.Bool
        from delete in CsCheck.Gen.Bool
        from contentChange in CsCheck.Gen.Int[0, 2]
        from pending in CsCheck.Gen.Int[0, 3]
        from others in (from type in CsCheck.Gen.OneOf(s_otherTypes)
                        from reuse in CsCheck.Gen.Bool
                        from mask in CsCheck.Gen.Bool.Array[MaxEntities]
                        select new OtherPolicy(type, reuse, mask)).Array[0, 4]
        select new OrgScenario(extraOus, initial, desired, disable, delete, contentChange, pending, others);

    /// <summary>Builds the organization, applies the breaks and returns it with the desired target names.</summary>
    public (Harness Harness, IReadOnlyList<string> DesiredTargets) Build()
    {
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, attachTo: [], options: new SimulationOptions { PendingEnableReads = PendingReads });
        for (var i = 0; i < ExtraOus; i++)
        {
            org.CreateOrganizationalUnit($"extra-{i}", org.TargetIdOf("Workloads"));
        }

        string[] entities = ["root", .. SimulatedOrganization.SampleOrganizationalUnits.Select(o => o.Name),
            .. SimulatedOrganization.SampleAccounts.Select(a => a.Name), .. Enumerable.Range(0, ExtraOus).Select(i => $"extra-{i}")];
        var managedId = org.FindPolicyId(HealerDefaults.PolicyName)!;
        foreach (var name in Pick(entities, InitialMask))
        {
            org.AttachPolicy(managedId, org.TargetIdOf(name));
        }

        var reusedTypes = new HashSet<string>(StringComparer.Ordinal) { PolicyTypes.BackupPolicy };
        for (var i = 0; i < Others.Length; i++)
        {
            var other = Others[i];
            var reuse = other.ReuseManagedName && reusedTypes.Add(other.Type);
            var id = org.CreatePolicy(other.Type, reuse ? HealerDefaults.PolicyName : $"team-{i}", $$"""{"team":{{i}}}""");
            if (org.PolicyTypeStatusOf(other.Type) is null)
            {
                org.EnablePolicyTypeImmediately(other.Type);
            }

            foreach (var name in Pick(entities, other.AttachMask))
            {
                org.AttachPolicy(id, org.TargetIdOf(name));
            }
        }

        if (ContentChange > 0)
        {
            org.EditPolicyContent(managedId, ContentChange == 1 ? SamplePolicies.Edited : SamplePolicies.Reformatted);
        }

        if (DeletePolicy)
        {
            org.DeletePolicy(managedId);
        }

        if (DisableType)
        {
            org.DisablePolicyType(PolicyTypes.BackupPolicy);
        }

        var desired = Pick(entities, DesiredMask).ToList();
        org.ResetCounters();
        return (new Harness(org), desired.Count == 0 ? ["root"] : desired);
    }

    private static IEnumerable<string> Pick(string[] entities, bool[] mask) =>
        entities.Where((_, i) => i < mask.Length && mask[i]);
}
