using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Tests.Safety;

/// <summary>
/// The gate's key for an event is its CloudTrail eventID, else the fallback id (the request id Lambda keeps across
/// retries, or a queue message id); the invocation's deadline is the lease end; only drift names who made the change.
/// </summary>
public sealed class GateRequestsTests
{
    private static readonly DateTimeOffset s_now = new(2025, 11, 27, 16, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_deadline = DateTimeOffset.FromUnixTimeMilliseconds(1_764_259_500_000);

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
        var request = GateRequests.For(drift, ReconcileTrigger.DriftSignal, "req-1", s_deadline, s_now);

        // Assert
        Assert.Equal(
            new GateRequest(
                ReconcileTrigger.DriftSignal,
                "evt-1",
                s_deadline,
                new DriftActor("arn:aws:iam::111111111111:user/alice", "DetachPolicy", s_now),
                Attempt: "req-1"),
            request);
    }

    [Fact]
    public void ADriftEventWithoutIdsFallsBackToTheRequestIdAndAnUnknownActor()
    {
        var drift = new EventClassification(EventKind.DriftSignal, "detached", Detail: new CloudTrailDetail { EventId = "" });

        var request = GateRequests.For(drift, ReconcileTrigger.DriftSignal, "req-1", deadline: null, s_now);

        Assert.Equal(new GateRequest(ReconcileTrigger.DriftSignal, "req-1", null, new DriftActor("unknown", "unknown", s_now), Attempt: "req-1"), request);
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

        var request = GateRequests.For(signal, ReconcileTrigger.ErrorSignal, "req-1", s_deadline, s_now);

        Assert.Null(request.Actor);
        Assert.Equal("evt-2", request.EventId);
    }
}
