using System.Text.Json;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Simulation;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Function.Tests;

public sealed class FunctionHostTests : IDisposable
{
    private readonly HostHarness _harness = new();

    [Theory]
    [InlineData("HEALER_MODE", "sometimes", "HEALER_MODE")]
    [InlineData("HEALER_TARGET_IDS", "root,ou-bad", "ou-bad")]
    [InlineData("HEALER_POLICY_FILE", "missing-policy.json", "cannot be read")]
    [InlineData("HEALER_ROLE_ARN", "OrgBackupHealerFunctionRole", "HEALER_ROLE_ARN")]
    [InlineData("HEALER_COALESCE_SECONDS", "-5", "HEALER_COALESCE_SECONDS")]
    [InlineData("HEALER_COALESCE_SECONDS", "sixty", "HEALER_COALESCE_SECONDS")]
    [InlineData("HEALER_MAX_HEALING_RUNS_PER_HOUR", "0", "HEALER_MAX_HEALING_RUNS_PER_HOUR")]
    [InlineData("HEALER_MAX_HEALING_RUNS_PER_HOUR", "1.5", "HEALER_MAX_HEALING_RUNS_PER_HOUR")]
    [InlineData("HEALER_TARGET_IDS", "root,１２３４５６７８９０１２", "１２３４５６７８９０１２")]
    [InlineData("HEALER_TARGET_IDS", "123456789012\n", "HEALER_TARGET_IDS")]
    [InlineData("HEALER_TARGET_IDS", "root, ou-ab12-cdef3456", "no spaces")]
    [InlineData("HEALER_ADOPT_POLICY_ID", "p-abcd1234\n", "HEALER_ADOPT_POLICY_ID")]
    [InlineData("HEALER_ADOPT_POLICY_ID", "p-abcd１２３４", "HEALER_ADOPT_POLICY_ID")]
    [InlineData("HEALER_MODE", "Enforce", "HEALER_MODE")]
    [InlineData("HEALER_COVERAGE_SHARE", "0.95", "HEALER_COVERAGE_SHARE")]
    [InlineData("HEALER_POLICY_NAME", "a-name-longer-than-organizations-allows-a-name-longer-than-organizations-allows-a-name-longer-than-organizations-allows-and-more-x", "at most 128")]
    [InlineData("POWERTOOLS_METRICS_NAMESPACE", "Org Backup Healer", "POWERTOOLS_METRICS_NAMESPACE")]
    public async Task PostsInitErrorAndExitsNonZeroWhenConfigurationIsInvalid(string variable, string value, string mentioned)
    {
        _harness.Environment[variable] = value;

        _harness.Start();
        var call = await _harness.Api.NextCallAsync();
        var exitCode = await _harness.ExitCodeAsync();

        Assert.Equal("init-error", call.Kind);
        Assert.Equal("Runtime.ConfigurationError", call.ErrorTypeHeader);
        var body = JsonDocument.Parse(call.Body).RootElement;
        Assert.Contains(mentioned, body.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal("Runtime.ConfigurationError", body.GetProperty("errorType").GetString());
        Assert.NotEqual(0, exitCode);
        Assert.Equal(0, _harness.Organization.TotalCalls);
    }

    [Fact]
    public async Task ReattachesTheDetachedPolicyOnADriftEventAndPrintsAutoFix()
    {
        _harness.DetachFromRoot();
        _harness.Start();

        var call = await _harness.InvokeAsync("req-1", Fixture("detach-managed-policy"));

        Assert.Equal("response", call.Kind);
        var summary = JsonDocument.Parse(call.Body).RootElement;
        Assert.Equal("repaired", summary.GetProperty("outcome").GetString());
        Assert.Equal("DriftSignal", summary.GetProperty("kind").GetString());
        Assert.StartsWith($"AttachPolicy {_harness.Organization.RootId} (PolicyReattached)", summary.GetProperty("actions")[0].GetString(), StringComparison.Ordinal);
        Assert.True(_harness.IsAttachedToRoot);
        Assert.Equal([WriteCall.AttachPolicy(_harness.PolicyId, _harness.Organization.RootId)], _harness.Organization.Writes);
        var autoFix = Assert.Single(_harness.Metrics("AutoFix"));
        Assert.Equal("PolicyReattached", autoFix.GetProperty("FixType").GetString());
        Assert.Single(_harness.Metrics("ReconcileDuration"));
        await _harness.StopAsync();
    }

    [Fact]
    public async Task MakesNoWriteOnASecondErrorEventOnceRepaired()
    {
        _harness.DetachFromRoot();
        _harness.Start();
        await _harness.InvokeAsync("req-1", Fixture("access-denied-attach-policy"));

        var second = await _harness.InvokeAsync("req-2", Fixture("too-many-requests-list-policies"));

        Assert.Equal("healthy", JsonDocument.Parse(second.Body).RootElement.GetProperty("outcome").GetString());
        Assert.Equal(1, _harness.Organization.TotalWrites);
        Assert.Single(_harness.Metrics("AutoFix"));
        await _harness.StopAsync();
    }

    [Theory]
    [InlineData("self-generated-error", "self")]
    [InlineData("unrelated-scp-change", "unrelated")]
    public async Task IgnoresSelfAndUnrelatedEventsWithoutWritingAndCountsThem(string fixture, string reason)
    {
        _harness.DetachFromRoot();
        _harness.Start();
        await _harness.InvokeAsync("req-learn", Fixture("scheduled"));
        _harness.DetachFromRoot();
        var callsBefore = _harness.Organization.TotalCalls;

        var call = await _harness.InvokeAsync("req-ignored", Fixture(fixture));

        Assert.Equal("response", call.Kind);
        Assert.Equal("ignored", JsonDocument.Parse(call.Body).RootElement.GetProperty("outcome").GetString());
        Assert.Equal(1, _harness.Organization.TotalWrites);
        Assert.Equal(callsBefore, _harness.Organization.TotalCalls);
        Assert.Equal(reason, JsonDocument.Parse(call.Body).RootElement.GetProperty("ignoredReason").GetString());
        var ignored = Assert.Single(_harness.Metrics("EventsIgnored"));
        Assert.Equal(reason, ignored.GetProperty("Reason").GetString());
        await _harness.StopAsync();
    }

    [Fact]
    public async Task ReportsATransientFailureToTheRuntimeSoLambdaRetriesTheEvent()
    {
        // Arrange: BACKUP_POLICY is disabled again while the healer attaches; a retry of the event will get through.
        _harness.DetachFromRoot();
        _harness.Organization.InjectFault(
            OrganizationsOperations.AttachPolicy, OrganizationsErrorCodes.PolicyTypeNotEnabled, message: "The policy type is not enabled.");
        _harness.Start();

        // Act
        var call = await _harness.InvokeAsync("req-1", Fixture("disable-policy-type"));
        var retry = await _harness.InvokeAsync("req-1", Fixture("disable-policy-type"));

        // Assert
        Assert.Equal("error", call.Kind);
        Assert.Equal("ReconcileException", call.ErrorTypeHeader);
        var message = JsonDocument.Parse(call.Body).RootElement.GetProperty("errorMessage").GetString();
        Assert.Contains("tried again", message, StringComparison.Ordinal);
        Assert.Equal("Transient", Assert.Single(_harness.Metrics("ReconcileFailed")).GetProperty("Reason").GetString());
        var errorLog = Assert.Single(_harness.Lines(), l => l.TryGetProperty("level", out var level) && level.GetString() == "Error");
        Assert.Equal("PolicyTypeNotEnabledException", errorLog.GetProperty("reconcile_error_code").GetString());
        Assert.Equal("req-1", errorLog.GetProperty("function_request_id").GetString());
        Assert.Equal(("response", "repaired"), (retry.Kind, JsonDocument.Parse(retry.Body).RootElement.GetProperty("outcome").GetString()));
        Assert.True(_harness.IsAttachedToRoot);
        await _harness.StopAsync();
        var published = Assert.Single(_harness.EventBridge.Calls);
        Assert.Equal("Backup policy repaired", Assert.Single(published)!["DetailType"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnswersATerminalFailureWithoutAnErrorSoNothingIsRetriedOrDeadLettered()
    {
        // Arrange: the healer's own UpdatePolicy is denied (an SCP); a retry could not help.
        _harness.Organization.EditPolicyContent(_harness.PolicyId, """{"plans":{}}""");
        _harness.Organization.InjectFault(
            OrganizationsOperations.UpdatePolicy, OrganizationsErrorCodes.AccessDenied, message: "explicit deny in a service control policy");
        _harness.Start();

        // Act
        var call = await _harness.InvokeAsync("req-1", Fixture("update-managed-policy"));
        var symptom = await _harness.InvokeAsync("req-2", Fixture("access-denied-exception"));

        // Assert: one clear error, ReconcileFailed with its reason, and the next symptom is coalesced, not rerun.
        Assert.Equal("response", call.Kind);
        var body = JsonDocument.Parse(call.Body).RootElement;
        Assert.Equal("failed", body.GetProperty("outcome").GetString());
        Assert.Contains("delegated to administer backup policies", body.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("AccessDenied", Assert.Single(_harness.Metrics("ReconcileFailed")).GetProperty("Reason").GetString());
        var errorLog = Assert.Single(_harness.Lines(), l => l.TryGetProperty("level", out var level) && level.GetString() == "Error");
        Assert.Equal("Terminal", errorLog.GetProperty("failure_kind").GetString());
        Assert.Equal("coalesced", JsonDocument.Parse(symptom.Body).RootElement.GetProperty("ignoredReason").GetString());
        await _harness.StopAsync();
    }

    [Fact]
    public async Task AnUnreachableTargetIsReportedAndTheInvocationSucceeds()
    {
        // Arrange: the desired targets include an OU that was deleted since.
        _harness.Environment[Configuration.EnvironmentVariables.TargetIds] = "root,ou-ab12-deleted1";
        _harness.DetachFromRoot();
        _harness.Start();

        // Act
        var call = await _harness.InvokeAsync("req-1", Fixture("detach-managed-policy"));

        // Assert
        Assert.Equal("response", call.Kind);
        var body = JsonDocument.Parse(call.Body).RootElement;
        Assert.Equal("degraded", body.GetProperty("outcome").GetString());
        Assert.Contains("ou-ab12-deleted1", Assert.Single(body.GetProperty("unreachable").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.True(_harness.IsAttachedToRoot);
        Assert.Equal("TargetNotFound", Assert.Single(_harness.Metrics("TargetUnreachable")).GetProperty("Reason").GetString());
        Assert.Empty(_harness.Metrics("ReconcileFailed"));
        Assert.Single(_harness.Lines(), l => l.TryGetProperty("level", out var level) && level.GetString() == "Warning");
        await _harness.StopAsync();
    }

    [Fact]
    public async Task LogsTheClassifiedEventWithPowertoolsKeysAndTriage()
    {
        _harness.Start();

        await _harness.InvokeAsync("req-1", Fixture("access-denied-exception"));

        var line = _harness.Lines().First(l => l.TryGetProperty("event_kind", out _));
        Assert.Equal("Information", line.GetProperty("level").GetString());
        Assert.Equal("OrgBackupHealer", line.GetProperty("service").GetString());
        Assert.Equal("OrgBackupHealerFunction", line.GetProperty("function_name").GetString());
        Assert.Equal("req-1", line.GetProperty("function_request_id").GetString());
        Assert.True(line.GetProperty("cold_start").GetBoolean());
        Assert.Equal("ErrorSignal", line.GetProperty("event_kind").GetString());
        Assert.Equal("c9d8e7f6-a5b4-4c3d-8e2f-1a0b9c8d7e6f", line.GetProperty("event_id").GetString());
        Assert.Equal("UpdatePolicy", line.GetProperty("event_name").GetString());
        Assert.Equal("AccessDeniedException", line.GetProperty("error_code").GetString());
        Assert.Equal("arn:aws:sts::111111111111:assumed-role/BackupOperator/carol", line.GetProperty("principal").GetString());
        Assert.Equal("ServiceControlPolicy", line.GetProperty("triage_category").GetString());
        Assert.DoesNotContain("ASIAQEXAMPLESESSION1", string.Join('\n', _harness.Lines()), StringComparison.Ordinal);
        await _harness.StopAsync();
    }

    [Fact]
    public async Task PostsInitErrorWhenTheOrganizationsClientCannotBeComposed()
    {
        using var api = new FakeRuntimeApi();
        using var http = Runtime.RuntimeApiClient.CreateHttpClient(api.Address);
        using var stdout = new StringWriter();

        var exitCode = await FunctionHost.RunAsync(
            new DictionaryEnvironment(), new Runtime.RuntimeApiClient(http), new ThrowingPortFactory(), stdout,
            TimeProvider.System, AppContext.BaseDirectory, CancellationToken.None);
        var call = await api.NextCallAsync();

        Assert.Equal(FunctionHost.ExitConfigurationError, exitCode);
        Assert.Equal("init-error", call.Kind);
        Assert.Contains("no client", JsonDocument.Parse(call.Body).RootElement.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        var line = JsonDocument.Parse(stdout.ToString()).RootElement;
        Assert.Equal("Error", line.GetProperty("level").GetString());
        Assert.Equal(["no client"], line.GetProperty("configuration_errors").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task LogsEveryConfigurationProblemOnTheInitErrorLine()
    {
        _harness.Environment["HEALER_MODE"] = "sometimes";
        _harness.Environment["HEALER_COALESCE_SECONDS"] = "-5";

        _harness.Start();
        await _harness.Api.NextCallAsync();
        await _harness.ExitCodeAsync();

        var line = Assert.Single(_harness.Lines());
        Assert.Equal("Error", line.GetProperty("level").GetString());
        var errors = line.GetProperty("configuration_errors").EnumerateArray().Select(e => e.GetString() ?? "").ToList();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("HEALER_MODE", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("HEALER_COALESCE_SECONDS", errors[1], StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "events", name + ".json"));
}
