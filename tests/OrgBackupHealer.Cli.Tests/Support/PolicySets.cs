using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Cli.Tests.Support;

/// <summary>Policy set files for the CLI's tests: written into a driver's working directory with their content files.</summary>
internal static class PolicySets
{
    public const string Owner = "platform";

    public static PolicyIdentity Baseline { get; } = new(Owner, "baseline");

    public static PolicyIdentity Production { get; } = new(Owner, "prod");

    public static string ProductionContent { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policies", "prod.json"));

    /// <summary>
    /// A two-entry set: the shipped baseline on the root (with <paramref name="baselineExtras"/> added to its JSON, e.g.
    /// exemptions), the production tier on <paramref name="productionTarget"/>.
    /// </summary>
    public static string Write(CliDriver cli, string productionTarget, string baselineExtras = "")
    {
        ArgumentNullException.ThrowIfNull(cli);
        cli.WriteFile("backup-policy.json", ShippedPolicy.Content);
        cli.WriteFile("prod.json", ProductionContent);
        return cli.WriteFile("policy-set.json", $$"""
            { "owner": "{{Owner}}",
              "policies": [
                { "key": "baseline", "name": "{{HealerDefaults.PolicyName}}", "content": "backup-policy.json", "targets": ["root"]{{baselineExtras}} },
                { "key": "prod", "name": "org-backup-prod", "content": "prod.json", "targets": ["{{productionTarget}}"] } ] }
            """);
    }

    /// <summary>The sample organization with the baseline tagged as the set's entry and attached to the root.</summary>
    public static SimulatedOrganization Organization() => SimulatedOrganization.CreateHealthy(ShippedPolicy.Content, identity: Baseline);

    /// <summary>Another deployment's policy under the production tier's name.</summary>
    public static string OtherOwnersProductionPolicy(SimulatedOrganization organization) =>
        organization.CreatePolicy(PolicyTypes.BackupPolicy, "org-backup-prod", ProductionContent, "", new PolicyIdentity("team-b", "prod").Tags);
}
