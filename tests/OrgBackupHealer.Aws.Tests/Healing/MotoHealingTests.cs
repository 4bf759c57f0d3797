using System.Text.Json.Nodes;
using OrgBackupHealer.Aws.Tests.Contract;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Aws.Tests.Healing;

/// <summary>
/// What a real organization does to the healer within weeks, reproduced on moto through the real client: targets
/// that disappear, a renamed managed policy, another team's policy with the managed name.
/// </summary>
[Collection(MotoServerDefinition.Name)]
[Trait("Needs", "moto")]
public sealed class MotoHealingTests(MotoServerFixture moto)
{
    [Fact]
    public async Task ADeletedOuAmongTheTargetsDoesNotStopTheRootFromGettingThePolicy()
    {
        // Arrange: first heal with root + OU, then the OU is deleted and the policy detached from the root.
        using var rig = await MotoHealingRig.StartAsync(moto.Server);
        var ou = await rig.CreateOrganizationalUnitAsync("Retired");
        var desired = MotoHealingRig.Desired("root", ou);
        var first = await rig.ReconcileAsync(desired);
        await rig.DetachAsync(first.ManagedPolicyId!, ou);
        await rig.Admin.CallAsync("DeleteOrganizationalUnit", new JsonObject { ["OrganizationalUnitId"] = ou });
        await rig.DetachAsync(first.ManagedPolicyId!, rig.RootId);

        // Act
        var result = await rig.ReconcileAsync(desired);

        // Assert
        Assert.Equal(ReconcileOutcome.Degraded, result.Outcome);
        var unreachable = Assert.Single(result.UnreachableTargets);
        Assert.Equal((ou, UnreachableReasons.NotFound), (unreachable.TargetId, unreachable.Reason));
        Assert.Contains(rig.RootId, await rig.TargetsOfAsync(first.ManagedPolicyId!));
    }

    [Fact]
    public async Task AnAccountThatLeftIsReportedAndTheOtherTargetsAreAttached()
    {
        // Arrange
        using var rig = await MotoHealingRig.StartAsync(moto.Server);
        var ou = await rig.CreateOrganizationalUnitAsync("Workloads");
        var account = await rig.CreateAccountAsync("leaver");
        await rig.Admin.CallAsync("RemoveAccountFromOrganization", new JsonObject { ["AccountId"] = account });

        // Act
        var result = await rig.ReconcileAsync(MotoHealingRig.Desired("root", ou, account));

        // Assert
        var unreachable = Assert.Single(result.UnreachableTargets);
        Assert.Equal((account, UnreachableReasons.NotFound), (unreachable.TargetId, unreachable.Reason));
        Assert.Equal([ou, rig.RootId], (await rig.TargetsOfAsync(result.ManagedPolicyId!)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ARenamedManagedPolicyIsRenamedBackNotDuplicated()
    {
        // Arrange
        using var rig = await MotoHealingRig.StartAsync(moto.Server);
        var desired = MotoHealingRig.Desired("root");
        var policyId = (await rig.ReconcileAsync(desired)).ManagedPolicyId!;
        await rig.Admin.CallAsync("UpdatePolicy", new JsonObject { ["PolicyId"] = policyId, ["Name"] = "someone-renamed-it" });

        // Act
        var result = await rig.ReconcileAsync(desired);

        // Assert
        Assert.Equal([ActionType.RenamePolicy], result.Applied.Select(a => a.Action.Type));
        Assert.Equal(policyId, result.ManagedPolicyId);
        Assert.Equal(HealerDefaults.PolicyName, (await rig.DescribePolicyAsync(policyId))["Policy"]!["PolicySummary"]!["Name"]!.GetValue<string>());
        var backupPolicies = await rig.Admin.CallAsync("ListPolicies", """{"Filter":"BACKUP_POLICY"}""");
        Assert.Single(backupPolicies["Policies"]!.AsArray());
    }

    [Fact]
    public async Task ASameNamedPolicyWithoutTheTagIsSomeoneElsesAndStaysUntouched()
    {
        // Arrange: another team's backup policy already has the managed name and is attached to the root.
        using var rig = await MotoHealingRig.StartAsync(moto.Server);
        await rig.Admin.CallAsync("EnablePolicyType", new JsonObject { ["RootId"] = rig.RootId, ["PolicyType"] = "BACKUP_POLICY" });
        var foreign = await rig.CreateForeignBackupPolicyAsync(HealerDefaults.PolicyName, """{"plans":{"theirs":{"regions":{"@@assign":["eu-west-1"]}}}}""");
        await rig.AttachAsync(foreign, rig.RootId);
        var before = (await rig.DescribePolicyAsync(foreign)).ToJsonString();
        var targetsBefore = await rig.TargetsOfAsync(foreign);

        // Act
        var error = await Assert.ThrowsAsync<ReconcileException>(() => rig.ReconcileAsync(MotoHealingRig.Desired("root")));

        // Assert: reported as an ownership conflict, and the policy is byte for byte what it was, attachments included.
        Assert.True(error.IsTerminal);
        Assert.Equal(FailureReasons.OwnershipConflict, error.Diagnosis.Reason);
        Assert.Contains(foreign, error.Message, StringComparison.Ordinal);
        Assert.Empty(error.Applied);
        Assert.Equal(before, (await rig.DescribePolicyAsync(foreign)).ToJsonString());
        Assert.Equal(targetsBefore, await rig.TargetsOfAsync(foreign));
    }

    [Fact]
    public async Task AnAdoptedUntaggedPolicyIsOwnedRestoredAndKept()
    {
        // Arrange: the same foreign-looking policy, this time adopted by the operator.
        using var rig = await MotoHealingRig.StartAsync(moto.Server);
        var adopted = await rig.CreateForeignBackupPolicyAsync("legacy-baseline", """{"plans":{"old":{"regions":{"@@assign":["eu-west-1"]}}}}""");

        // Act
        var result = await rig.ReconcileAsync(MotoHealingRig.Desired("root") with { AdoptPolicyId = adopted });

        // Assert
        Assert.Equal(adopted, result.ManagedPolicyId);
        var policy = (await rig.DescribePolicyAsync(adopted))["Policy"]!;
        Assert.Equal(HealerDefaults.PolicyName, policy["PolicySummary"]!["Name"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(MotoHealingRig.Content), JsonNode.Parse(policy["Content"]!.GetValue<string>())));
        Assert.Contains(rig.RootId, await rig.TargetsOfAsync(adopted));
    }
}
