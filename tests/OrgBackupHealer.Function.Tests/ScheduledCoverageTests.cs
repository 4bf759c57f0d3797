using System.Text.Json;
using OrgBackupHealer.Core.Organizations;

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

    public void Dispose() => _harness.Dispose();
}
