using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Coverage;

/// <summary>Organizations for the coverage check: the sample one, and one of the size the issue asks the cost for.</summary>
internal static class CoverageOrganizations
{
    /// <summary>A baseline that locks nothing, so a child policy can override its regions.</summary>
    public const string UnlockedBaseline = """
        {"plans":{"org-backup-baseline":{"regions":{"@@assign":["us-east-1","us-west-2"]},
        "rules":{"daily":{"schedule_expression":{"@@assign":"cron(0 5 ? * * *)"},"target_backup_vault_name":{"@@assign":"Default"}}},
        "selections":{"tags":{"all":{"iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/Backup"},"tag_key":{"@@assign":"backup"},"tag_value":{"@@assign":["true"]}}}}}}}
        """;

    /// <summary>A child policy an application team attaches to its OU: one region instead of the baseline's two.</summary>
    public const string RegionOverride = """{"plans":{"org-backup-baseline":{"regions":{"@@assign":["eu-west-1"]}}}}""";

    public static PolicySet Set(string content, params string[] targets) => PolicySet.Of(Desired(content, targets));

    public static DesiredState Desired(string content, params string[] targets) =>
        DesiredState.For(HealerDefaults.PolicyName, PolicyDocument.Parse(content), targets.Length == 0 ? [DesiredState.RootTarget] : targets, HealerMode.Report);

    /// <summary>
    /// 5,000 accounts under 300 OUs (20 top-level OUs of 14 each; the accounts spread over the 280 leaves), the baseline
    /// on the root, and 30 other backup policies: one on each of the first 30 leaves.
    /// </summary>
    public static SimulatedOrganization Large()
    {
        var org = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped, attachTo: [], options: new SimulationOptions { PendingEnableReads = 0 });
        foreach (var sample in SimulatedOrganization.SampleAccounts.Select(a => a.Name))
        {
            org.RemoveAccount(org.TargetIdOf(sample));
        }

        foreach (var sample in SimulatedOrganization.SampleOrganizationalUnits.Reverse().Select(o => o.Name))
        {
            org.DeleteOrganizationalUnit(org.TargetIdOf(sample));
        }

        org.AttachPolicy(org.FindPolicyId(HealerDefaults.PolicyName)!, org.RootId);
        var leaves = new List<string>();
        for (var top = 0; top < 20; top++)
        {
            var topOu = org.CreateOrganizationalUnit($"Division{top:D2}");
            leaves.AddRange(Enumerable.Range(0, 14).Select(i => org.CreateOrganizationalUnit($"Team{top:D2}-{i:D2}", topOu)));
        }

        for (var i = 0; i < 5_000; i++)
        {
            org.CreateAccount($"account-{i:D4}", leaves[i % leaves.Count]);
        }

        for (var i = 0; i < 30; i++)
        {
            var other = org.CreatePolicy(PolicyTypes.BackupPolicy, $"team-{i:D2}", """{"plans":{"team-NN":{"regions":{"@@assign":["eu-west-1"]}}}}""".Replace("NN", $"{i:D2}", StringComparison.Ordinal));
            org.AttachPolicy(other, leaves[i]);
        }

        org.ResetCounters();
        return org;
    }
}
