using System.Text.Json;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Function.Tests;

/// <summary>
/// AWS's documented EffectivePolicyValidation record (events/effective-policy-invalid.json) through the function: the
/// account it names is checked at once and reported as the hourly check reports it, in the log, the metrics and the
/// response; the walk of the organization is left to the schedule.
/// </summary>
public sealed class EffectivePolicyValidationEventTests : IDisposable
{
    private const string DocumentedAccount = "111111111111";
    private readonly HostHarness _harness = new();

    [Fact]
    public async Task TheNamedAccountIsCheckedAtOnceAndReportedLikeTheScheduledCheck()
    {
        // Arrange
        _harness.Organization.CreateAccount("documented-example", _harness.Organization.TargetIdOf("Production"), DocumentedAccount);
        _harness.Organization.MarkEffectivePolicyInvalid(DocumentedAccount, new EffectivePolicyValidationError("ELEMENTS_TOO_MANY", "'hourly_rule' exceeds the allowed maximum limit 10", "plans/hourly-backup/rules/hourly_rule", ["p-examplepolicyid111"]));
        _harness.Start();

        // Act
        var call = await _harness.InvokeAsync("req-1", FixtureEvents.Read("effective-policy-invalid"));

        // Assert: the count the alarm watches, the gap's log line, no cycle count and no walk.
        Assert.Equal("response", call.Kind);
        var response = JsonDocument.Parse(call.Body).RootElement;
        Assert.Equal("coverage-checked", response.GetProperty("outcome").GetString());
        Assert.Contains("effective backup policy is invalid", response.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(_harness.Metrics("EffectivePolicyInvalid")).GetProperty("EffectivePolicyInvalid").GetInt32());
        Assert.Empty(_harness.Metrics("BaselineOverridden"));
        Assert.Empty(_harness.Metrics("CoverageIncomplete"));
        var gap = Assert.Single(_harness.Lines(), l => l.TryGetProperty("message", out var m) && m.GetString()!.StartsWith("baseline not in effect", StringComparison.Ordinal));
        Assert.Equal(DocumentedAccount, gap.GetProperty("account_id").GetString());
        Assert.Contains("ELEMENTS_TOO_MANY", gap.GetProperty("validation_errors")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, _harness.Organization.CallsOf(OrganizationsOperations.ListAccountsForParent));
        Assert.Empty(_harness.Organization.Writes);
        await _harness.StopAsync();
    }

    [Fact]
    public async Task AnAccountThatIsGoneFailsTheInvocationSoLambdaRetriesIt()
    {
        // Arrange: the documented account is not in this organization.
        _harness.Start();

        // Act
        var call = await _harness.InvokeAsync("req-1", FixtureEvents.Read("effective-policy-invalid"));

        // Assert
        Assert.Equal("error", call.Kind);
        await _harness.StopAsync();
    }

    public void Dispose() => _harness.Dispose();
}
