using System.Text.Json.Nodes;
using OrgBackupHealer.Aws.Tests.Contract;
using OrgBackupHealer.Core.Coverage;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Resilience;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Aws.Tests.Healing;

/// <summary>The coverage check through the real client on moto: the tree walk, the attachments, the policy reads.</summary>
[Collection(MotoServerDefinition.Name)]
[Trait("Needs", "moto")]
public sealed class MotoCoverageTests(MotoServerFixture moto)
{
    [Fact]
    public async Task FindsTheAccountsWhereAnotherPolicyOverridesAnUnlockedBaseline()
    {
        // Arrange: baseline on the root, a team's override on one OU, an account in each of two OUs.
        using var rig = await MotoHealingRig.StartAsync(moto.Server);
        var desired = MotoHealingRig.Desired("root");
        await rig.ReconcileAsync(desired);
        var overridden = await rig.CreateOrganizationalUnitAsync("Workloads");
        var untouched = await rig.CreateOrganizationalUnitAsync("Security");
        var app = await rig.CreateAccountAsync("app");
        var audit = await rig.CreateAccountAsync("audit");
        await rig.Admin.CallAsync("MoveAccount", new JsonObject { ["AccountId"] = app, ["SourceParentId"] = rig.RootId, ["DestinationParentId"] = overridden });
        await rig.Admin.CallAsync("MoveAccount", new JsonObject { ["AccountId"] = audit, ["SourceParentId"] = rig.RootId, ["DestinationParentId"] = untouched });
        var team = await rig.CreateForeignBackupPolicyAsync("workloads-regions", """{"plans":{"baseline":{"regions":{"@@assign":["eu-west-1"]}}}}""");
        await rig.AttachAsync(team, overridden);
        var environment = moto.Server.ClientEnvironment;
        using var client = OrganizationsClientFactory.Create(new OrganizationsClientOptions { EnvironmentVariables = environment.GetValueOrDefault, PageSize = 2 });
        var port = new RetryingOrganizationsPort(client, new ImmediateTimeProvider(), new RetryOptions(), new Random(7));

        // Act
        var report = await new CoverageCheck(port, TimeProvider.System, new CoverageOptions()).RunAsync(PolicySet.Of(desired), CancellationToken.None);

        // Assert
        Assert.True(report.Complete);
        var gap = Assert.Single(report.Accounts, a => !a.InEffect);
        Assert.Equal((app, "Root/Workloads"), (gap.AccountId, gap.OuPath));
        Assert.Contains(gap.Overrides, o => o.Path == "$.plans.baseline.regions" && o.By!.Contains(team, StringComparison.Ordinal));
        Assert.Contains(report.Accounts, a => a.AccountId == audit && a.InEffect);
        Assert.Equal(0, report.InvalidAccounts);
    }
}
