using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Organizations;
using OrgBackupHealer.Core.Pipeline;
using OrgBackupHealer.Core.Policies;
using OrgBackupHealer.Core.Reconciliation;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Core.Tests.Batching;
using OrgBackupHealer.Core.Tests.Events;
using OrgBackupHealer.Core.Tests.Support;
using OrgBackupHealer.Simulation;

namespace OrgBackupHealer.Core.Tests.Pipeline;

/// <summary>
/// A retried event is never its own duplicate: whatever fails after the event's claim (the state read, the state
/// write, the release, the process itself), Lambda's retry of the event (the same request id, about a minute later,
/// well inside the claim's lease) repairs the organization.
/// </summary>
public sealed class RetryAfterClaimTests
{
    private const string RequestId = "req-1";
    private static readonly TimeSpan s_lambdaRetryDelay = TimeSpan.FromMinutes(1);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 11, 27, 16, 0, 0, TimeSpan.Zero));
    private readonly SimulatedOrganization _organization = SimulatedOrganization.CreateHealthy(SamplePolicies.Shipped);
    private readonly OnceFailingStateStore _store = new();
    private readonly RecordingHealerReport _report = new();
    private readonly BatchEvents _events = new();

    private string PolicyId => _organization.FindPolicyId(HealerDefaults.PolicyName)!;

    [Fact]
    public async Task AFailedStateReadReleasesTheClaimAndTheRetryRepairs()
    {
        // Arrange: an error signal reads the state after its claim; the read is throttled once.
        _organization.DetachPolicy(PolicyId, _organization.RootId);
        var pipeline = Compose(_organization);
        var body = _events.ErrorSignal(_time.GetUtcNow()).Body;
        _store.FailNext(OnceFailingStateStore.Read);

        // Act / Assert
        await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.HandleEventAsync(body, Invocation(), CancellationToken.None));
        Assert.False(IsAttachedToRoot());
        await RetryRepairsAsync(pipeline, body);
    }

    [Fact]
    public async Task AFailedStateWriteReleasesTheClaimAndTheRetryRepairs()
    {
        // Arrange: a drift event records its actor after its claim; the write is throttled once.
        _organization.DetachPolicy(PolicyId, _organization.RootId);
        var pipeline = Compose(_organization);
        var body = _events.Drift(_time.GetUtcNow(), PolicyId).Body;
        _store.FailNext(OnceFailingStateStore.Update);

        // Act / Assert
        await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.HandleEventAsync(body, Invocation(), CancellationToken.None));
        await RetryRepairsAsync(pipeline, body);
    }

    [Fact]
    public async Task AFailedReleaseLeavesAClaimTheRetryOfTheSameAttemptTakesOver()
    {
        // Arrange: the reconcile crashes (a fault in the healer's own code), and releasing the claim is throttled.
        _organization.DetachPolicy(PolicyId, _organization.RootId);
        var pipeline = Compose(new CrashingOnce(_organization, OrganizationsOperations.AttachPolicy));
        var body = _events.Drift(_time.GetUtcNow(), PolicyId).Body;
        _store.FailNext(OnceFailingStateStore.Release);

        // Act / Assert
        await Assert.ThrowsAsync<InsufficientExecutionStackException>(() => pipeline.HandleEventAsync(body, Invocation(), CancellationToken.None));
        Assert.Equal("releasing the event after a crash", Assert.Single(_report.Of<RecordingHealerReport.StoreFailureEntry>()).Operation);
        await RetryRepairsAsync(pipeline, body);
    }

    [Fact]
    public async Task AClaimACrashedAttemptLeftIsTakenOverByItsRetry()
    {
        // Arrange: the process died after claiming the event (nothing released it); Lambda retries the same request id.
        _organization.DetachPolicy(PolicyId, _organization.RootId);
        var pipeline = Compose(_organization);
        var body = _events.Drift(_time.GetUtcNow(), PolicyId).Body;
        await _store.Inner.TryClaimEventAsync(EventIdOf(body), RequestId, _time.GetUtcNow(), _time.GetUtcNow().AddMinutes(5), CancellationToken.None);

        // Act / Assert
        await RetryRepairsAsync(pipeline, body);
    }

    [Fact]
    public async Task AnotherDeliveryOfTheEventWhileTheClaimIsLeasedIsStillADuplicate()
    {
        // Arrange: an attempt holds the claim (it is still running, or crashed within its lease).
        _organization.DetachPolicy(PolicyId, _organization.RootId);
        var pipeline = Compose(_organization);
        var body = _events.Drift(_time.GetUtcNow(), PolicyId).Body;
        await _store.Inner.TryClaimEventAsync(EventIdOf(body), RequestId, _time.GetUtcNow(), _time.GetUtcNow().AddMinutes(5), CancellationToken.None);
        _time.Advance(s_lambdaRetryDelay);

        // Act: EventBridge delivers the same event again, in another invocation.
        var outcome = await pipeline.HandleEventAsync(body, Invocation("req-2"), CancellationToken.None);

        // Assert
        Assert.Equal(IgnoreReason.Duplicate, outcome.IgnoredReason);
        Assert.False(IsAttachedToRoot());
    }

    private async Task RetryRepairsAsync(HealerPipeline pipeline, ReadOnlyMemory<byte> body)
    {
        _time.Advance(s_lambdaRetryDelay);
        var retry = await pipeline.HandleEventAsync(body, Invocation(), CancellationToken.None);
        Assert.Null(retry.IgnoredReason);
        Assert.Equal(ReconcileOutcome.Repaired, retry.Result?.Outcome);
        Assert.True(IsAttachedToRoot());
    }

    private bool IsAttachedToRoot() => _organization.Capture().Policies.Single(p => p.Id == PolicyId).TargetIds.Contains(_organization.RootId);

    private HealerPipeline Compose(IOrganizationsPort port)
    {
        var desired = DesiredState.For(HealerDefaults.PolicyName, PolicyDocument.Parse(SamplePolicies.Shipped), [DesiredState.RootTarget], HealerMode.Enforce);
        Assert.True(HealerRole.TryParse(Fixtures.HealerRoleArn, out var role));
        var settings = new PipelineSettings(PolicySet.SinglePolicy(desired), role, new SafetyOptions(), 0);
        return HealerPipeline.Compose(settings, port, _store, new Core.Coverage.InMemoryCoverageProgressStore(), new RecordingMetrics(), new RecordingSnapshotSink(() => 0), _report, _time, new Random(7));
    }

    private InvocationContext Invocation(string requestId = RequestId) => new(requestId, _time.GetUtcNow().AddMinutes(5));

    private static string EventIdOf(ReadOnlyMemory<byte> body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("detail").GetProperty("eventID").GetString()!;

    /// <summary>The first call of one operation fails the way a bug in the healer's own code would.</summary>
    private sealed class CrashingOnce(IOrganizationsPort inner, string operation) : OrganizationsPortDecorator(inner)
    {
        private bool _crashed;

        protected override Task<T> InvokeAsync<T>(string operation1, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
        {
            if (operation1 == operation && !_crashed)
            {
                _crashed = true;
                throw new InsufficientExecutionStackException("the healer's own code failed");
            }

            return base.InvokeAsync(operation1, send, cancellationToken);
        }
    }
}
