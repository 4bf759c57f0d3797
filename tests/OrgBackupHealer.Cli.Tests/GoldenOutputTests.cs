using System.Text.Json.Nodes;
using OrgBackupHealer.Cli.Organization;
using OrgBackupHealer.Cli.Tests.Support;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests;

/// <summary>
/// What a person reads, word for word: each command's whole terminal output on the simulated organization, at a fixed
/// time, against a file in Golden/ (paths of the run replaced by placeholders). Any change to a sentence, a column or a
/// line's order shows here as a diff to review; after a deliberate change, run these tests with OBH_UPDATE_GOLDEN=1 to
/// rewrite the files, and review them in the commit.
/// </summary>
public sealed class GoldenOutputTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 6, 9, 30, 0, TimeSpan.Zero);

    public static TheoryData<string, string> Commands => new()
    {
        { "demo", "demo" },
        { "plan-detached", "plan --simulate --break detached" },
        { "plan-type-disabled", "plan --simulate --break type-disabled" },
        { "heal-content-edited", "heal --simulate --break content-edited --yes" },
        { "heal-policy-deleted", "heal --simulate --break policy-deleted --yes" },
        { "coverage-child-override", "coverage --simulate --break child-override" },
        { "coverage-invalid-effective", "coverage --simulate --break invalid-effective" },
        { "validate-shipped", "validate <app>/policies/backup-policy.json" },
        { "plan-healthy", "plan --simulate" },
        { "usage-root", "--nope" },
        { "usage-plan", "plan --nope" },
        { "usage-plan-json", "plan --nope --output json" },
        { "usage-plan-json-equals", "plan --nope --output=json" },
        { "usage-plan-json-colon", "plan --nope --output:json" },
        { "usage-plan-output-last", "plan --nope --output" },
        { "usage-plan-two-errors-json", "plan --nope --also --output json" },
        { "usage-state-show", "state show --nope" },
        { "plan-detached-json", "plan --simulate --break detached --output json" },
        { "heal-content-edited-json", "heal --simulate --break content-edited --yes --output json" },
        { "coverage-healthy", "coverage --simulate" },
        { "coverage-child-override-json", "coverage --simulate --break child-override --output json" },
        { "coverage-invalid-effective-json", "coverage --simulate --break invalid-effective --output json" },
        { "help", "--help" },
        { "plan-help", "plan --help" },
        { "heal-help", "heal --help" },
        { "coverage-help", "coverage --help" },
        { "restore-help", "restore --help" },
        { "validate-help", "validate --help" },
        { "state-show-help", "state show --help" },
        { "approve-help", "approve --help" },
        { "reject-help", "reject --help" },
        { "proposals-help", "proposals --help" },
        { "state-help", "state --help" },
        { "state-reset-flap-guard-help", "state reset-flap-guard --help" },
        { "demo-help", "demo --help" },
    };

    /// <summary>A two-entry policy set (baseline on the root, the production tier on Workloads) on the sample organization.</summary>
    public static TheoryData<string, string, string> SetCommands => new()
    {
        { "set-plan", "type-disabled", "plan" },
        { "set-plan-json", "type-disabled", "plan --output json" },
        { "set-heal", "type-disabled", "heal --yes" },
        { "set-heal-json", "type-disabled", "heal --yes --output json" },
        { "set-plan-healthy", "healthy", "plan" },
        { "set-plan-other-owner", "other-owner", "plan" },
        { "set-plan-other-owner-json", "other-owner", "plan --output json" },
        { "set-plan-name-taken", "name-taken", "plan" },
        { "set-plan-name-taken-json", "name-taken", "plan --output json" },
        { "set-coverage", "healthy", "coverage" },
        { "set-heal-other-owner", "other-owner", "heal --yes" },
        { "set-heal-other-owner-json", "other-owner", "heal --yes --output json" },
        { "set-heal-attach-denied", "attach-denied", "heal --yes" },
        { "set-heal-attach-denied-json", "attach-denied", "heal --yes --output json" },
        { "set-heal-unknown-target", "unknown-target", "heal --yes" },
        { "set-heal-skip-unknown-target", "unknown-target", "heal --yes --skip-unknown-targets" },
        { "set-heal-skip-unknown-target-json", "unknown-target", "heal --yes --skip-unknown-targets --output json" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task TheOutputIsWordForWordTheGoldenFile(string name, string command)
    {
        using var cli = new CliDriver(time: new StoppedClock(s_now));

        var run = await cli.RunAsync(command.Replace("<app>/", AppContext.BaseDirectory, StringComparison.Ordinal).Split(' '));

        await AssertGoldenAsync(name, command, cli, run);
    }

    [Theory]
    [MemberData(nameof(SetCommands))]
    public async Task APolicySetsOutputIsWordForWordTheGoldenFile(string name, string scenario, string command)
    {
        var organization = SetOrganization(scenario);
        using var cli = new CliDriver(organization, time: new StoppedClock(s_now));
        var set = PolicySets.Write(cli, scenario == "unknown-target" ? "ou-rbfj-zzzzzzzz" : organization.TargetIdOf("Workloads"));
        var run = await cli.RunAsync([.. command.Split(' '), "--policy-set", set]);

        await AssertGoldenAsync(name, $"{command} --policy-set <work>/policy-set.json", cli, run);
    }

    /// <summary>validate on files written into the working directory (relative paths, resolved against it).</summary>
    public static TheoryData<string, string> ValidateCommands => new()
    {
        { "validate-shipped-json", "validate backup-policy.json --output json" },
        { "validate-child-partial", "validate --partial child.json" },
        { "validate-child-partial-json", "validate --partial child.json --output json" },
        { "validate-child-standalone", "validate child.json" },
        { "validate-child-standalone-json", "validate child.json --output json" },
        { "validate-rejected", "validate rejected.json" },
        { "validate-rejected-json", "validate rejected.json --output json" },
        { "validate-set-shipped", "validate --policy-set policy-set.json" },
        { "validate-set-shipped-json", "validate --policy-set policy-set.json --output json" },
        { "validate-set-invalid", "validate --policy-set invalid-set.json" },
        { "validate-set-invalid-json", "validate --policy-set invalid-set.json --output json" },
    };

    [Theory]
    [MemberData(nameof(ValidateCommands))]
    public async Task ValidatesOutputIsWordForWordTheGoldenFile(string name, string command)
    {
        using var cli = new CliDriver(time: new StoppedClock(s_now));
        cli.WriteFile("backup-policy.json", ShippedPolicy.Content);
        cli.WriteFile("prod.json", PolicySets.ProductionContent);
        File.Copy(RepositoryPaths.FindAbove(Path.Combine("policies", "policy-set.json")), Path.Combine(cli.WorkingDirectory, "policy-set.json"));
        // A child policy: accepted by AWS, but its plan has no selections, so it cannot stand alone.
        cli.WriteFile("child.json", """
            {"plans":{"PII_Backup_Plan":{
              "regions":{"@@assign":["us-west-2","eu-central-1"]},
              "rules":{"Hourly":{"schedule_expression":{"@@assign":"cron(0 0/2 ? * * *)"},"start_backup_window_minutes":{"@@assign":"80"},
                                 "target_backup_vault_name":{"@@assign":"Default"}}}}}}
            """);
        // Rejected twice (an impossible minute, an unknown operator) and incomplete (no selections).
        cli.WriteFile("rejected.json", """
            {"plans":{"p":{
              "regions":{"@@assign":["us-east-1"]},
              "rules":{"r":{"schedule_expression":{"@@assign":"cron(75 5 ? * * *)"},"target_backup_vault_name":{"@@sum":"Default"}}}}}}
            """);
        cli.WriteFile("extra.json", """{"plans":{"extra":{"regions":{"@@assign":["us-east-1"]}}}}""");
        cli.WriteFile("invalid-set.json", """
            { "owner": "platform", "colour": "blue", "policies": [
              { "key": "base", "name": "b", "content": "backup-policy.json", "targets": ["root"] },
              { "key": "extra", "name": "x", "content": "extra.json", "targets": ["ou-ab12-34cd56ef"] } ] }
            """);

        var run = await cli.RunAsync(command.Split(' '));

        await AssertGoldenAsync(name, command, cli, run);
    }

    /// <summary>
    /// restore of the snapshot a set's heal took (the baseline's content edited by hand, both entries attached), after
    /// the baseline was also attached to Security and prod detached from Workloads.
    /// </summary>
    [Theory]
    [InlineData("restore-set", "restore --yes")]
    [InlineData("restore-set-json", "restore --yes --output json")]
    [InlineData("restore-set-policy-prod", "restore --yes --policy prod")]
    [InlineData("restore-set-declined", "restore")]
    [InlineData("restore-set-relative", "restore --yes --policy baseline", "relative")]
    [InlineData("restore-set-other-organization", "restore --yes", "other-organization")]
    [InlineData("restore-set-other-root", "restore --yes", "other-root")]
    public async Task RestoresOutputIsWordForWordTheGoldenFile(string name, string command, string snapshotEdit = "")
    {
        var organization = SetOrganization("healthy");
        using var cli = new CliDriver(organization, time: new StoppedClock(s_now));
        var workloads = organization.TargetIdOf("Workloads");
        var set = PolicySets.Write(cli, workloads);
        var prod = organization.FindPolicyId("org-backup-prod")!;
        var baseline = organization.FindPolicyId(HealerDefaults.PolicyName)!;
        organization.EditPolicyContent(baseline, OrganizationBreaker.Tamper(ShippedPolicy.Content));
        var heal = await cli.RunAsync("heal", "--yes", "--policy-set", set);
        Assert.Equal(0, heal.ExitCode);
        var snapshot = Assert.Single(Directory.GetFiles(cli.SnapshotDirectory));
        organization.AttachPolicy(baseline, organization.TargetIdOf("Security"));
        organization.DetachPolicy(prod, workloads);
        var taken = JsonNode.Parse(await File.ReadAllTextAsync(snapshot))!;
        switch (snapshotEdit)
        {
            case "other-organization":
                (taken["organizationId"], taken["rootId"]) = ("o-zzzzzzzzzz", "r-zzzz");
                break;
            case "other-root":
                taken["rootId"] = "r-zzzz";
                break;
        }

        await File.WriteAllTextAsync(snapshot, taken.ToJsonString());
        var from = snapshotEdit == "relative" ? Path.GetRelativePath(cli.WorkingDirectory, snapshot) : snapshot;

        var run = await cli.RunAsync([.. command.Split(' '), "--from", from]);

        await AssertGoldenAsync(name, $"{command} --from {from}", cli, run);
    }

    /// <summary>heal of the single default policy stopped by a refused write after its first fix.</summary>
    [Theory]
    [InlineData("heal-stopped", "heal --yes")]
    [InlineData("heal-stopped-json", "heal --yes --output json")]
    public async Task AStoppedHealsOutputIsWordForWordTheGoldenFile(string name, string command)
    {
        var organization = ShippedPolicy.HealthyOrganization();
        organization.DeletePolicy(ShippedPolicy.PolicyId(organization));
        organization.DisablePolicyType(PolicyTypes.BackupPolicy);
        organization.InjectFault(OrganizationsOperations.CreatePolicy, OrganizationsErrorCodes.AccessDenied, count: 1, message: "not allowed");
        using var cli = new CliDriver(organization, time: new StoppedClock(s_now));

        var run = await cli.RunAsync(command.Split(' '));

        await AssertGoldenAsync(name, command, cli, run);
    }

    private static SimulatedOrganization SetOrganization(string scenario)
    {
        var organization = PolicySets.Organization();
        var baseline = organization.FindPolicyId(HealerDefaults.PolicyName)!;
        switch (scenario)
        {
            case "healthy":
                // Both entries as desired: the production tier's policy, the set's tags, attached to Workloads.
                organization.AttachPolicy(
                    organization.CreatePolicy(PolicyTypes.BackupPolicy, "org-backup-prod", PolicySets.ProductionContent, "", PolicySets.Production.Tags),
                    organization.TargetIdOf("Workloads"));
                break;
            case "type-disabled":
                // The whole set's shared step (enable the type; disabling it detached the baseline) and a write for each entry.
                organization.DisablePolicyType(PolicyTypes.BackupPolicy);
                break;
            case "other-owner":
                // prod's name is another deployment's policy: that entry stops, baseline is still planned.
                PolicySets.OtherOwnersProductionPolicy(organization);
                organization.DetachPolicy(baseline, organization.RootId);
                break;
            case "attach-denied":
                // Every attachment is refused: the run stops after its first writes, with a snapshot.
                organization.DisablePolicyType(PolicyTypes.BackupPolicy);
                organization.InjectFault("AttachPolicy", "AccessDeniedException", count: 100);
                break;
            case "name-taken":
                // baseline's policy was renamed and a stranger took its name: the rename is skipped, the rest repaired.
                organization.RenamePolicy(baseline, "renamed-by-hand");
                organization.CreatePolicy(PolicyTypes.BackupPolicy, HealerDefaults.PolicyName, ShippedPolicy.Content);
                break;
        }

        return organization;
    }

    private static Task AssertGoldenAsync(string name, string command, CliDriver cli, CliRun run) =>
        GoldenFile.AssertMatchesAsync(name, command, run, (cli.WorkingDirectory, "<work>"), (AppContext.BaseDirectory, "<app>/"));

    /// <summary>Always reads <paramref name="now"/>; its timers and timestamps are the system's, so waits still end.</summary>
    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
