using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Pipeline;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function.Tests.Handler;

/// <summary>
/// The log keys and the response body are what runbooks, Logs Insights queries and callers read: their names, the
/// outcome spellings and which actions the response lists in each mode are fixed here.
/// </summary>
public sealed class HandlerLogFieldsTests
{
    private static readonly PlannedAction s_attach = new(ActionType.AttachPolicy, "ou-ab12-cdef3456", "not attached") { Policy = "baseline" };
    private static readonly PlannedAction s_enable = new(ActionType.EnablePolicyType, "r-ab12", "type disabled");
    private static readonly UnreachableTarget s_gone = new("ou-gone-00000000", "TargetNotFound", "the OU no longer exists");
    private static readonly EventClassification s_signal = new(EventKind.ErrorSignal, "AttachPolicy failed with AccessDenied");

    [Fact]
    public void NamesEveryReconcileFieldWithItsValueAndEachActionsEntry()
    {
        // Arrange
        var result = Set(Result(HealerMode.Enforce, [s_attach], [new AppliedAction(s_attach, ActionOutcome.Applied)], [s_gone])) with
        {
            Snapshot = new SnapshotReceipt("s3://bucket/snap.json", Reused: false),
        };

        // Act
        var fields = HandlerLogFields.For(result);

        // Assert
        Assert.Equal(
            [
                ("outcome", "Degraded", (string[]?)null),
                ("policies", null, ["baseline: degraded (enforce)"]),
                ("planned_actions", null, ["AttachPolicy ou-ab12-cdef3456 (PolicyReattached) [baseline]: not attached"]),
                ("applied_actions", null, ["AttachPolicy ou-ab12-cdef3456 (PolicyReattached) [baseline]: Applied"]),
                ("unreachable_targets", null, ["ou-gone-00000000 (TargetNotFound) [baseline]: the OU no longer exists"]),
                ("snapshot", "s3://bucket/snap.json", null),
            ],
            fields.Select(Flatten));
    }

    [Fact]
    public void NamesEveryFailureFieldWithItsValue()
    {
        // Arrange
        var failure = new ReconcileException(
            new Diagnosis(FailureKind.Terminal, "AccessDenied", "The healer's role may not call AttachPolicy."),
            [new AppliedAction(s_enable, ActionOutcome.Applied)],
            new SnapshotReceipt("snapshots/before.json", Reused: true),
            innerException: null);

        // Act
        var fields = HandlerLogFields.For(failure);

        // Assert
        Assert.Equal(
            [
                ("failure_kind", "Terminal", (string[]?)null),
                ("failure_reason", "AccessDenied", null),
                ("reconcile_error_code", null, null),
                ("applied_actions", null, ["EnablePolicyType r-ab12 (PolicyTypeEnabled) [*]: Applied"]),
                ("snapshot", "snapshots/before.json", null),
            ],
            fields.Select(Flatten));
    }

    [Fact]
    public void NamesTheHealingRunsInTheFlapWindow()
    {
        // Arrange
        var decision = new GateDecision(GateVerdict.RunWritesSuspended, "evt-1", 11, []);

        // Act
        var fields = HandlerLogFields.For(decision);

        // Assert
        Assert.Equal(("healing_runs_in_window", "11", (string[]?)null), Flatten(fields[0]));
    }

    [Theory]
    [InlineData(ReconcileOutcome.Healthy, "healthy")]
    [InlineData(ReconcileOutcome.Repaired, "repaired")]
    [InlineData(ReconcileOutcome.DriftReported, "drift-reported")]
    [InlineData(ReconcileOutcome.Degraded, "degraded")]
    public void SpellsEachOutcomeAsTheResponseDocumentsIt(ReconcileOutcome outcome, string expected) =>
        Assert.Equal(expected, HandlerLogFields.OutcomeName(outcome));

    [Fact]
    public void InReportModeTheSummaryListsTheDriftFoundAndNoUnreachableTargets()
    {
        // Arrange
        var result = Set(Result(HealerMode.Report, [s_attach], [], []));

        // Act
        var summary = InvocationSummary.Of(new EventOutcome(s_signal) { Result = result });

        // Assert
        Assert.Equal("drift-reported", summary.Outcome);
        Assert.Equal(["AttachPolicy ou-ab12-cdef3456 (PolicyReattached) [baseline]: not attached"], summary.Actions);
        Assert.Null(summary.Unreachable);
        Assert.Equal("drift-reported", Assert.Single(summary.Policies!).Outcome);
    }

    [Fact]
    public void InEnforceModeTheResponseListsTheWritesMadeAndTheUnreachableTargets()
    {
        // Arrange: the root's type enabled for the set, the entry's one target gone.
        var result = Set(Result(HealerMode.Enforce, [s_attach], [], [s_gone])) with
        {
            SharedPlan = [s_enable],
            SharedApplied = [new AppliedAction(s_enable, ActionOutcome.Applied)],
        };

        // Act
        var summary = InvocationSummary.Of(new EventOutcome(s_signal) { Result = result });

        // Assert
        Assert.Equal("degraded", summary.Outcome);
        Assert.Equal(["EnablePolicyType r-ab12 (PolicyTypeEnabled) [*]: Applied"], summary.Actions);
        Assert.Equal(["ou-gone-00000000 (TargetNotFound) [baseline]: the OU no longer exists"], summary.Unreachable);
    }

    private static ReconcileResult Result(
        HealerMode mode, IReadOnlyList<PlannedAction> plan, IReadOnlyList<AppliedAction> applied, IReadOnlyList<UnreachableTarget> unreachable) =>
        new(mode, Observed(), plan, applied, unreachable) { Key = "baseline" };

    private static SetReconcileResult Set(ReconcileResult result) =>
        new(result.Observed.Root, [], [], [new EntryOutcome(result.Key, result, null)], null);

    private static ObservedState Observed() =>
        new(new OrganizationRoot("r-ab12", "arn:aws:organizations::111111111111:root/o-abc/r-ab12", "Root", []), null, [], ["r-ab12"], []);

    private static (string Key, string? Value, string[]? Values) Flatten(LogField field) =>
        (field.Key, field.Value, field.Values?.ToArray());
}
