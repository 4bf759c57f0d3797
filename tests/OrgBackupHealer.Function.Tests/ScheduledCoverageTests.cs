using System.Text.Json;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Function.Tests;

/// <summary>The coverage check runs on the schedule only, reports its metrics, and never fails the invocation.</summary>
public sealed class ScheduledCoverageTests : IDisposable
{
    private readonly HostHarness _harness = new();

    [Fact]
    public async Task TheScheduleReportsAccountsWhoseEffectivePolicyIsInvalid()
    {
        // Arrange
        var account = _harness.Organization.TargetIdOf("prod-app");
        _harness.Organization.MarkEffectivePolicyInvalid(account, new EffectivePolicyValidationError("ELEMENTS_TOO_MANY", "too many rules", "plans", []));
        _harness.Start();

        // Act
        var call = await _harness.InvokeAsync("req-1", FixtureEvents.Read("scheduled"));

        // Assert
        Assert.Equal("response", call.Kind);
        Assert.Equal(1, Assert.Single(_harness.Metrics("EffectivePolicyInvalid")).GetProperty("EffectivePolicyInvalid").GetInt32());
        Assert.Equal(0, Assert.Single(_harness.Metrics("BaselineOverridden")).GetProperty("BaselineOverridden").GetInt32());
        var gap = Assert.Single(_harness.Lines(), l => l.TryGetProperty("message", out var m) && m.GetString()!.StartsWith("baseline not in effect", StringComparison.Ordinal));
        Assert.Equal(account, gap.GetProperty("account_id").GetString());
        Assert.Contains("ELEMENTS_TOO_MANY", gap.GetProperty("validation_errors")[0].GetString(), StringComparison.Ordinal);
        await _harness.StopAsync();
    }

    [Fact]
    public async Task AnErrorSignalNeverWalksTheTree()
    {
        // Arrange
        _harness.Start();

        // Act
        await _harness.InvokeAsync("req-1", FixtureEvents.Read("access-denied-exception"));

        // Assert
        Assert.Equal(0, _harness.Organization.CallsOf(OrganizationsOperations.ListAccountsForParent));
        Assert.Empty(_harness.Metrics("BaselineOverridden"));
        await _harness.StopAsync();
    }

    [Fact]
    public async Task ACoverageCheckThatFailsLeavesTheReconcileAnswered()
    {
        // Arrange: the role may reconcile but not walk the tree.
        _harness.Organization.InjectFault(OrganizationsOperations.ListOrganizationalUnitsForParent, OrganizationsErrorCodes.AccessDenied);
        _harness.Start();

        // Act
        var call = await _harness.InvokeAsync("req-1", FixtureEvents.Read("scheduled"));

        // Assert
        Assert.Equal("response", call.Kind);
        Assert.Equal("healthy", JsonDocument.Parse(call.Body).RootElement.GetProperty("outcome").GetString());
        Assert.Single(_harness.Metrics("CoverageIncomplete"));
        await _harness.StopAsync();
    }

    [Fact]
    public async Task ACheckCutShortInTheWalkSaysNothingAboutTheAccountsItDidNotReach()
    {
        // Arrange: each account listing takes 100 s; a scheduled invocation has 5 min and the check half of what is left.
        using var rig = new LoopRig(SimulatedOrganization.CreateHealthy(HostHarness.ShippedPolicy), slowDown: (org, time) =>
            new SlowOrganization(org, time, OrganizationsOperations.ListAccountsForParent, TimeSpan.FromSeconds(100)));

        // Act
        var answer = await rig.InvokeAsync(FixtureEvents.Read("scheduled"));

        // Assert: the root was listed (no account), the next parent ran out of time: no account judged.
        Assert.Equal("healthy", answer.Outcome);
        Assert.Empty(answer.Metrics("BaselineOverridden"));
        Assert.Equal(0, Assert.Single(answer.Metrics("EffectivePolicyInvalid")).GetProperty("EffectivePolicyInvalid").GetInt32());
        var incomplete = Assert.Single(answer.Metrics("CoverageIncomplete"));
        Assert.Equal("Budget", incomplete.GetProperty("Reason").GetString());
        Assert.Equal([["service", "Reason"]], DimensionSets(incomplete));
    }

    [Fact]
    public async Task ACheckCutShortBeforeItsWalkEmitsNeitherCountAndAStalledCoverageIncomplete()
    {
        // Arrange: listing the accounts with an invalid effective policy takes 200 s, more than the check's share of the
        // invocation (half of 5 min): the list never comes back.
        using var rig = new LoopRig(SimulatedOrganization.CreateHealthy(HostHarness.ShippedPolicy), slowDown: (org, time) =>
            new SlowOrganization(org, time, OrganizationsOperations.ListAccountsWithInvalidEffectivePolicy, TimeSpan.FromSeconds(200)));

        // Act
        var answer = await rig.InvokeAsync(FixtureEvents.Read("scheduled"));

        // Assert
        Assert.Empty(answer.Metrics("BaselineOverridden"));
        Assert.Empty(answer.Metrics("EffectivePolicyInvalid"));
        var incomplete = Assert.Single(answer.Metrics("CoverageIncomplete"));
        Assert.Equal("NoProgress", incomplete.GetProperty("Reason").GetString());
        Assert.Equal([["service"], ["service", "Reason"]], DimensionSets(incomplete));
    }

    [Fact]
    public async Task ACheckThatThrowsEmitsNeitherCountAndCoverageIncompleteFailedWithWhy()
    {
        // Arrange: the role may reconcile but not list the accounts with an invalid effective policy.
        var organization = SimulatedOrganization.CreateHealthy(HostHarness.ShippedPolicy);
        organization.InjectFault(OrganizationsOperations.ListAccountsWithInvalidEffectivePolicy, OrganizationsErrorCodes.AccessDenied);
        using var rig = new LoopRig(organization);

        // Act
        var answer = await rig.InvokeAsync(FixtureEvents.Read("scheduled"));

        // Assert
        Assert.Equal("healthy", answer.Outcome);
        Assert.Empty(answer.Metrics("BaselineOverridden"));
        Assert.Empty(answer.Metrics("EffectivePolicyInvalid"));
        var incomplete = Assert.Single(answer.Metrics("CoverageIncomplete"));
        Assert.Equal("Failed", incomplete.GetProperty("Reason").GetString());
        Assert.Equal([["service"], ["service", "Reason"]], DimensionSets(incomplete));
        var warning = Assert.Single(answer.Lines, l => l.TryGetProperty("message", out var m) && m.GetString()!.StartsWith("coverage check failed", StringComparison.Ordinal));
        Assert.Equal("AccessDenied", warning.GetProperty("failure_reason").GetString());
    }

    public void Dispose() => _harness.Dispose();

    private static string[][] DimensionSets(JsonElement emf) =>
        [.. emf.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Dimensions").EnumerateArray()
            .Select(set => set.EnumerateArray().Select(d => d.GetString()!).ToArray())];
}
