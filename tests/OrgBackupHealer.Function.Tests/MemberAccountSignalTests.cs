using System.Text.Json;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Function.Configuration;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Function.Tests;

/// <summary>
/// Signals forwarded from member accounts and the delegated administrator to the central bus: the envelope's account
/// is theirs, not the healer's. They reconcile, they name their account in the log, and every guard still holds.
/// </summary>
public sealed class MemberAccountSignalTests
{
    private const string MemberAccount = "222222222222";
    private const string DelegatedAdministrator = "333333333333";

    [Fact]
    public async Task RepairsOnAMemberAccountErrorAndLogsItsAccountOnTheClassificationAndReconcileLines()
    {
        // Arrange
        using var rig = new LoopRig(BrokenOrganization());

        // Act
        var answer = await rig.InvokeAsync(FixtureEvents.Read("member-access-denied-assumed-role"));

        // Assert
        Assert.Equal("repaired", answer.Outcome);
        Assert.Equal(1, rig.Organization.TotalWrites);
        Assert.Equal(MemberAccount, SourceAccount(LogLine(answer, "event classified as")));
        Assert.Equal(MemberAccount, SourceAccount(LogLine(answer, "reconcile finished")));
        Assert.Single(answer.Metrics("AutoFix"));
        Assert.DoesNotContain(answer.Lines, l => l.TryGetProperty("_aws", out _) && l.TryGetProperty("source_account", out _));
    }

    [Fact]
    public async Task IgnoresTheSameMemberAccountEventDeliveredTwice()
    {
        // Arrange
        using var rig = new LoopRig(BrokenOrganization(), new Dictionary<string, string> { [EnvironmentVariables.CoalesceSeconds] = "0" });
        var member = FixtureEvents.Read("member-too-many-requests-describe-organization");
        await rig.InvokeAsync(member);

        // Act
        var redelivered = await rig.InvokeAsync(member);

        // Assert
        Assert.Equal(["duplicate"], redelivered.IgnoredReasons);
        Assert.Equal(MemberAccount, SourceAccount(LogLine(redelivered, "event ignored")));
    }

    [Fact]
    public async Task CoalescesAMemberAccountErrorThatArrivesJustAfterAHealthyReconcile()
    {
        // Arrange
        using var rig = new LoopRig(SimulatedOrganization.CreateHealthy(HostHarness.ShippedPolicy));
        await rig.InvokeAsync(FixtureEvents.Read("access-denied-attach-policy"));
        rig.Time.Advance(TimeSpan.FromSeconds(10));
        var callsBefore = rig.Organization.TotalCalls;

        // Act
        var answer = await rig.InvokeAsync(FixtureEvents.Read("member-access-denied-iam-user"));

        // Assert
        Assert.Equal(["coalesced"], answer.IgnoredReasons);
        Assert.Equal(callsBefore, rig.Organization.TotalCalls);
    }

    [Fact]
    public async Task IgnoresTheHealersOwnCallForwardedFromAMemberAccount()
    {
        // Arrange
        using var rig = new LoopRig(BrokenOrganization());
        var forwarded = FixtureEvents.Parse("self-generated-error");
        forwarded["account"] = MemberAccount;

        // Act
        var answer = await rig.InvokeAsync(JsonSerializer.SerializeToUtf8Bytes(forwarded));

        // Assert
        Assert.Equal(["self"], answer.IgnoredReasons);
        Assert.Equal(0, rig.Organization.TotalCalls);
    }

    [Fact]
    public async Task TripsTheFlapGuardWhenTheDelegatedAdministratorKeepsDetachingThePolicy()
    {
        // Arrange: someone in the delegated administrator account detaches the policy again after every fix.
        using var rig = new LoopRig(BrokenOrganization(), new Dictionary<string, string> { [EnvironmentVariables.MaxHealingRunsPerHour] = "2" });
        var detach = FixtureEvents.Parse("delegated-admin-detach-policy");
        FixtureEvents.Detail(detach)["requestParameters"]!["policyId"] = rig.Organization.FindPolicyId(HealerDefaults.PolicyName);
        LoopAnswer? answer = null;

        // Act
        for (var i = 0; i < 3; i++)
        {
            DetachFromRoot(rig.Organization);
            answer = await rig.InvokeAsync(FixtureEvents.Stamp(detach, i, rig.Time.GetUtcNow()));
            rig.Time.Advance(TimeSpan.FromMinutes(1));
        }

        // Assert
        Assert.Single(answer!.Metrics("FlapGuardTripped"));
        Assert.Equal(2, rig.Organization.TotalWrites);
        var trip = LogLine(answer, "flap guard tripped");
        Assert.All(trip.GetProperty("other_actors").EnumerateArray(), actor =>
            Assert.StartsWith($"arn:aws:sts::{DelegatedAdministrator}:assumed-role/BackupAdmin/erin DetachPolicy", actor.GetString(), StringComparison.Ordinal));
        Assert.Equal(DelegatedAdministrator, SourceAccount(LogLine(answer, "reconcile finished")));
    }

    private static SimulatedOrganization BrokenOrganization()
    {
        var organization = SimulatedOrganization.CreateHealthy(HostHarness.ShippedPolicy);
        DetachFromRoot(organization);
        organization.ResetCounters();
        return organization;
    }

    private static void DetachFromRoot(SimulatedOrganization organization)
    {
        var policyId = organization.FindPolicyId(HealerDefaults.PolicyName)!;
        if (organization.Capture().Policies.Single(p => p.Id == policyId).TargetIds.Contains(organization.RootId))
        {
            organization.DetachPolicy(policyId, organization.RootId);
        }
    }

    private static JsonElement LogLine(LoopAnswer answer, string messageStart) =>
        Assert.Single(answer.Lines, l => l.TryGetProperty("message", out var m) && m.GetString()!.StartsWith(messageStart, StringComparison.Ordinal));

    private static string? SourceAccount(JsonElement line) => line.GetProperty("source_account").GetString();
}
