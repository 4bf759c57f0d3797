using System.Text;
using System.Text.Json;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Function.Configuration;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Function.Tests;

/// <summary>
/// Error signals from the queue, batch by batch through the loop and the handler: one reconcile at most per batch,
/// every record accounted for, and only the records of a transiently failed reconcile answered as batch item failures.
/// </summary>
public sealed class HandlerBatchTests
{
    [Fact]
    public async Task RepairsOnceForABatchOfErrorSignalsAndReportsNoBatchItemFailure()
    {
        // Arrange
        using var rig = new LoopRig(BrokenOrganization());
        var batch = SqsBatches.Of([.. SqsBatches.ErrorSignals(0, 200, _ => rig.Time.GetUtcNow())]);

        // Act
        var answer = await rig.InvokeAsync(batch);

        // Assert
        Assert.Equal("response", answer.Kind);
        Assert.Empty(answer.Body.GetProperty("batchItemFailures").EnumerateArray());
        Assert.Equal(1, rig.Organization.TotalWrites);
        Assert.True(IsAttachedToRoot(rig.Organization));
        Assert.Single(answer.Metrics("AutoFix"));
        Assert.Single(answer.Lines, l => Message(l).StartsWith("reconcile finished: repaired", StringComparison.Ordinal));
        var summary = Summary(answer);
        Assert.Equal("200", summary.GetProperty("batch_records").GetString());
        Assert.Equal(["reconciled 200"], Strings(summary, "batch_outcomes"));
        Assert.Equal("200", summary.GetProperty("source_accounts").GetString());
    }

    [Fact]
    public async Task AccountsForEveryRecordOfAMixedBatchAndCountsEachIgnoredReasonInOneDocument()
    {
        // Arrange: healthy and just reconciled, so the symptoms alone would be coalesced; then the policy is detached
        // and the drift event of that detach lands in the batch, beside self, invalid, unrelated and duplicate records.
        var organization = SimulatedOrganization.CreateHealthy(HostHarness.ShippedPolicy);
        using var rig = new LoopRig(organization);
        await rig.InvokeAsync(SqsBatches.Of([.. SqsBatches.ErrorSignals(0, 1, _ => rig.Time.GetUtcNow())]));
        rig.Time.Advance(TimeSpan.FromSeconds(5));
        DetachFromRoot(organization);
        var now = rig.Time.GetUtcNow();
        var symptoms = SqsBatches.ErrorSignals(1, 3, _ => now);
        var self = FixtureEvents.Stamp(FixtureEvents.Parse("self-generated-error"), 50, now);
        var unrelated = FixtureEvents.Stamp(FixtureEvents.Parse("member-describe-organization"), 51, now);
        var batch = SqsBatches.Of(
            symptoms[0],
            ("msg-drift", Drift(organization, 52, now)),
            ("msg-self-1", self),
            ("msg-self-2", FixtureEvents.Stamp(FixtureEvents.Parse("self-generated-error"), 53, now)),
            ("msg-not-json", Encoding.UTF8.GetBytes("not json at all")),
            ("msg-no-body", null),
            ("msg-unrelated", unrelated),
            symptoms[1],
            ("msg-redelivered", symptoms[1].Body),
            symptoms[2]);

        // Act
        var answer = await rig.InvokeAsync(batch);

        // Assert: the drift makes the batch reconcile inside the coalescing window; nothing is returned to the queue.
        Assert.Empty(answer.Body.GetProperty("batchItemFailures").EnumerateArray());
        Assert.True(IsAttachedToRoot(organization));
        Assert.Single(answer.Lines, l => Message(l).StartsWith("reconcile finished: repaired", StringComparison.Ordinal));
        Assert.Equal(
            new Dictionary<string, double> { ["self"] = 2, ["invalid"] = 2, ["unrelated"] = 1, ["duplicate"] = 1 },
            answer.Metrics("EventsIgnored").ToDictionary(m => m.GetProperty("Reason").GetString()!, m => m.GetProperty("EventsIgnored").GetDouble()));
        Assert.Equal(["reconciled 4", "invalid 2", "self 2", "duplicate 1", "unrelated 1"], Strings(Summary(answer), "batch_outcomes"));
        Assert.Equal(6, answer.Lines.Count(l => Message(l).StartsWith("batch record ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ErrorSignalsDeliveredAgainInALaterBatchAreDuplicatesAndCostNoOrganizationsCall()
    {
        // Arrange
        using var rig = new LoopRig(BrokenOrganization());
        var symptoms = SqsBatches.ErrorSignals(0, 3, _ => rig.Time.GetUtcNow());
        await rig.InvokeAsync(SqsBatches.Of([.. symptoms]));
        var calls = rig.Organization.TotalCalls;

        // Act: the queue delivers the same events again, under new message ids.
        var answer = await rig.InvokeAsync(SqsBatches.Of([.. symptoms.Select(s => ("again-" + s.MessageId, s.Body))]));

        // Assert
        Assert.Equal(calls, rig.Organization.TotalCalls);
        var ignored = Assert.Single(answer.Metrics("EventsIgnored"));
        Assert.Equal(("duplicate", 3.0), (ignored.GetProperty("Reason").GetString(), ignored.GetProperty("EventsIgnored").GetDouble()));
        Assert.Empty(answer.Body.GetProperty("batchItemFailures").EnumerateArray());
    }

    [Fact]
    public async Task ReportsOnlyTheRecordsOfATransientlyFailedReconcileAsBatchItemFailures()
    {
        // Arrange: BACKUP_POLICY is disabled again while the healer attaches; the queue's redelivery gets through.
        var organization = BrokenOrganization();
        organization.InjectFault(OrganizationsOperations.AttachPolicy, OrganizationsErrorCodes.PolicyTypeNotEnabled, message: "The policy type is not enabled.");
        using var rig = new LoopRig(organization);
        var now = rig.Time.GetUtcNow();
        var symptoms = SqsBatches.ErrorSignals(0, 2, _ => now);
        var batch = SqsBatches.Of(
            symptoms[0],
            ("msg-self", FixtureEvents.Stamp(FixtureEvents.Parse("self-generated-error"), 90, now)),
            ("msg-not-json", Encoding.UTF8.GetBytes("{")),
            symptoms[1]);

        // Act
        var failed = await rig.InvokeAsync(batch);
        var redelivered = await rig.InvokeAsync(SqsBatches.Of([.. symptoms]));

        // Assert: the invocation succeeds; only the two symptoms go back, the self and invalid records are done with.
        Assert.Equal("response", failed.Kind);
        Assert.Equal(
            [symptoms[0].MessageId, symptoms[1].MessageId],
            failed.Body.GetProperty("batchItemFailures").EnumerateArray().Select(f => f.GetProperty("itemIdentifier").GetString()));
        Assert.Equal("Transient", Assert.Single(failed.Metrics("ReconcileFailed")).GetProperty("Reason").GetString());
        Assert.Equal("2", Summary(failed).GetProperty("retried_records").GetString());
        Assert.Empty(redelivered.Body.GetProperty("batchItemFailures").EnumerateArray());
        Assert.True(IsAttachedToRoot(organization));
    }

    [Fact]
    public async Task DriftKeepsItsDirectPathAndReconcilesAtOnceWhileBatchedSymptomsAreCoalesced()
    {
        // Arrange: a batch found the organization healthy; seconds later someone detaches the policy.
        var organization = SimulatedOrganization.CreateHealthy(HostHarness.ShippedPolicy);
        using var rig = new LoopRig(organization);
        await rig.InvokeAsync(SqsBatches.Of([.. SqsBatches.ErrorSignals(0, 10, _ => rig.Time.GetUtcNow())]));
        rig.Time.Advance(TimeSpan.FromSeconds(3));
        var coalesced = await rig.InvokeAsync(SqsBatches.Of([.. SqsBatches.ErrorSignals(10, 10, _ => rig.Time.GetUtcNow())]));
        DetachFromRoot(organization);

        // Act
        var drift = await rig.InvokeAsync(Drift(organization, 99, rig.Time.GetUtcNow()));

        // Assert
        Assert.Equal(10.0, Assert.Single(coalesced.Metrics("EventsIgnored")).GetProperty("EventsIgnored").GetDouble());
        Assert.Equal("repaired", drift.Outcome);
        Assert.True(IsAttachedToRoot(organization));
    }

    [Fact]
    public async Task AStormOfTenThousandErrorSignalsInSevenBatchesRunsTwoReconcilesAndNineOrganizationsCalls()
    {
        // Arrange: 10,000 error signals from 500 accounts over 60 s, the policy detached at the start; each batch is
        // handed over 10 s after its first record (at most 1,500 records: the 6 MB invocation payload).
        using var rig = new LoopRig(BrokenOrganization(), new Dictionary<string, string> { [EnvironmentVariables.CoalesceSeconds] = "60" });
        var start = rig.Time.GetUtcNow();
        var storm = SqsBatches.ErrorSignals(0, 10_000, i => start + TimeSpan.FromMilliseconds(6 * i));
        var answers = new List<LoopAnswer>();

        // Act
        foreach (var batch in storm.Chunk(1_500))
        {
            rig.Time.SetUtcNow(start + TimeSpan.FromMilliseconds(6 * 1_500 * answers.Count) + TimeSpan.FromSeconds(10));
            answers.Add(await rig.InvokeAsync(SqsBatches.Of(batch)));
        }

        // Assert: repair (5 reads and the attach), then one healthy reconcile with the learnt id (3 reads), then coalesced.
        Assert.Equal(7, answers.Count);
        Assert.All(answers, a => Assert.Empty(a.Body.GetProperty("batchItemFailures").EnumerateArray()));
        Assert.Equal(2, answers.Sum(a => a.Lines.Count(l => Message(l).StartsWith("reconcile finished", StringComparison.Ordinal))));
        Assert.Equal(5 + 1 + 3, rig.Organization.TotalCalls);
        Assert.Equal(1, rig.Organization.TotalWrites);
        Assert.Equal(7_000, answers.SelectMany(a => a.Metrics("EventsIgnored")).Sum(m => m.GetProperty("EventsIgnored").GetDouble()));
        Assert.Equal(5, answers.Sum(a => a.Metrics("EventsIgnored").Count()));
        Assert.All(answers, a => Assert.InRange(a.Lines.Count, 1, 8));
    }

    [Fact]
    public async Task ProcessesTheShippedSqsFixtureAsABatch()
    {
        // Arrange
        using var rig = new LoopRig(BrokenOrganization());

        // Act
        var answer = await rig.InvokeAsync(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "events", "sqs", "error-signal-batch.json")));

        // Assert
        Assert.Empty(answer.Body.GetProperty("batchItemFailures").EnumerateArray());
        Assert.Equal(["reconciled 2"], Strings(Summary(answer), "batch_outcomes"));
        Assert.True(IsAttachedToRoot(rig.Organization));
    }

    [Theory]
    [InlineData("""{"Records":[{"EventSource":"aws:sns","Sns":{"Message":"hello"}}]}""")]
    [InlineData("""{"Records":"not a list"}""")]
    public async Task RecordsThatAreNotQueueMessagesAreOneIgnoredEventNotABatch(string body)
    {
        // Arrange
        using var rig = new LoopRig(BrokenOrganization());

        // Act
        var answer = await rig.InvokeAsync(Encoding.UTF8.GetBytes(body));

        // Assert: the direct path's answer, whatever the classifier calls it; no batch response.
        Assert.Equal("ignored", answer.Outcome);
        Assert.False(answer.Body.TryGetProperty("batchItemFailures", out _));
        Assert.Single(answer.IgnoredReasons);
        Assert.Equal(0, rig.Organization.TotalCalls);
    }

    private static SimulatedOrganization BrokenOrganization()
    {
        var organization = SimulatedOrganization.CreateHealthy(HostHarness.ShippedPolicy);
        DetachFromRoot(organization);
        organization.ResetCounters();
        return organization;
    }

    private static void DetachFromRoot(SimulatedOrganization organization) =>
        organization.DetachPolicy(organization.FindPolicyId(HealerDefaults.PolicyName)!, organization.RootId);

    private static bool IsAttachedToRoot(SimulatedOrganization organization) =>
        organization.Capture().Policies.Single(p => p.Name == HealerDefaults.PolicyName).TargetIds.Contains(organization.RootId);

    /// <summary>Someone else's DetachPolicy of the managed policy.</summary>
    private static byte[] Drift(SimulatedOrganization organization, int sequence, DateTimeOffset at)
    {
        var detach = FixtureEvents.Parse("detach-managed-policy");
        FixtureEvents.Detail(detach)["requestParameters"]!["policyId"] = organization.FindPolicyId(HealerDefaults.PolicyName);
        return FixtureEvents.Stamp(detach, sequence, at);
    }

    private static string Message(JsonElement line) => line.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";

    private static JsonElement Summary(LoopAnswer answer) =>
        Assert.Single(answer.Lines, l => Message(l).StartsWith("batch of ", StringComparison.Ordinal));

    private static List<string?> Strings(JsonElement line, string key) => [.. line.GetProperty(key).EnumerateArray().Select(e => e.GetString())];
}
