using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Core.Safety;

namespace OrgBackupHealer.Core.Batching;

/// <summary>
/// A batch's records while <see cref="SignalBatchProcessor"/> works through them: each record's classification and,
/// once known, its outcome; the fresh error signals with the time of the newest; the drift and scheduled signals.
/// </summary>
internal sealed class SortedBatch(int count)
{
    private readonly string[] _messageIds = new string[count];
    private readonly EventClassification?[] _classifications = new EventClassification?[count];
    private readonly (BatchRecordOutcome Outcome, IgnoreReason? Reason)?[] _outcomes = new (BatchRecordOutcome, IgnoreReason?)?[count];
    private readonly List<int> _symptoms = [];
    private readonly List<string> _symptomIds = [];
    private readonly List<(int Index, GateRequest Request)> _alwaysReconcile = [];

    /// <summary>Indexes of the error signals no earlier record or batch had.</summary>
    public IReadOnlyList<int> Symptoms => _symptoms;

    public IReadOnlyList<string> SymptomIds => _symptomIds;

    public IReadOnlyList<(int Index, GateRequest Request)> AlwaysReconcile => _alwaysReconcile;

    public DateTimeOffset? NewestSymptom { get; private set; }

    public void Classified(int index, string messageId, EventClassification classification)
    {
        _messageIds[index] = messageId;
        _classifications[index] = classification;
    }

    public void Settle(int index, BatchRecordOutcome outcome) => _outcomes[index] = (outcome, null);

    public void Ignore(int index, IgnoreReason reason) => _outcomes[index] = (BatchRecordOutcome.Ignored, reason);

    public void SettleAll(IEnumerable<int> indexes, BatchRecordOutcome outcome)
    {
        foreach (var index in indexes)
        {
            Settle(index, outcome);
        }
    }

    public void IgnoreAll(IEnumerable<int> indexes, IgnoreReason reason)
    {
        foreach (var index in indexes)
        {
            Ignore(index, reason);
        }
    }

    public void Symptom(int index, string eventId, DateTimeOffset happenedAt)
    {
        _symptoms.Add(index);
        _symptomIds.Add(eventId);
        NewestSymptom = NewestSymptom is { } newest ? new[] { newest, happenedAt }.Max() : happenedAt;
    }

    public void AlwaysReconciles(int index, GateRequest request) => _alwaysReconcile.Add((index, request));

    public IReadOnlyList<BatchRecordResult> Results() =>
    [
        .. _messageIds.Select((id, i) =>
        {
            var classification = _classifications[i] ?? throw new InvalidOperationException($"record {i} of the batch was never classified");
            var (outcome, reason) = _outcomes[i] ?? throw new InvalidOperationException($"record {i} of the batch has no outcome");
            return new BatchRecordResult(id, classification, outcome, reason);
        }),
    ];
}
