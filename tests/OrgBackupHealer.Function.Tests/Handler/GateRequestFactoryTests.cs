using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Safety;
using OrgBackupHealer.Function.Runtime;

namespace OrgBackupHealer.Function.Tests.Handler;

/// <summary>
/// The gate's key for an event is its CloudTrail eventID, else the request id Lambda keeps across retries; the
/// Lambda deadline is the lease end; only drift names who made the change.
/// </summary>
public sealed class GateRequestFactoryTests
{
    private static readonly DateTimeOffset s_now = new(2025, 11, 27, 16, 0, 0, TimeSpan.Zero);
    private static readonly Invocation s_invocation = new("req-1", 1_764_259_500_000, null, null, []);

    [Fact]
    public void KeysADriftEventByItsEventIdAndNamesWhoChangedThePolicy()
    {
        // Arrange
        var drift = new EventClassification(EventKind.DriftSignal, "detached", Detail: new CloudTrailDetail
        {
            EventId = "evt-1",
            EventName = "DetachPolicy",
            UserIdentity = new UserIdentity { Arn = "arn:aws:iam::111111111111:user/alice" },
        });

        // Act
        var request = GateRequestFactory.For(drift, ReconcileTrigger.DriftSignal, s_invocation, s_now);

        // Assert
        Assert.Equal(
            new GateRequest(
                ReconcileTrigger.DriftSignal,
                "evt-1",
                DateTimeOffset.FromUnixTimeMilliseconds(1_764_259_500_000),
                new DriftActor("arn:aws:iam::111111111111:user/alice", "DetachPolicy", s_now)),
            request);
    }

    [Fact]
    public void ADriftEventWithoutIdsFallsBackToTheRequestIdAndAnUnknownActor()
    {
        var drift = new EventClassification(EventKind.DriftSignal, "detached", Detail: new CloudTrailDetail { EventId = "" });

        var request = GateRequestFactory.For(drift, ReconcileTrigger.DriftSignal, s_invocation with { DeadlineUnixMs = null }, s_now);

        Assert.Equal(new GateRequest(ReconcileTrigger.DriftSignal, "req-1", null, new DriftActor("unknown", "unknown", s_now)), request);
    }

    [Fact]
    public void AnErrorSignalNamesNoActor()
    {
        var signal = new EventClassification(EventKind.ErrorSignal, "denied", Detail: new CloudTrailDetail
        {
            EventId = "evt-2",
            EventName = "AttachPolicy",
            UserIdentity = new UserIdentity { Arn = "arn:aws:iam::111111111111:user/bob" },
        });

        var request = GateRequestFactory.For(signal, ReconcileTrigger.ErrorSignal, s_invocation, s_now);

        Assert.Null(request.Actor);
        Assert.Equal("evt-2", request.EventId);
    }
}
