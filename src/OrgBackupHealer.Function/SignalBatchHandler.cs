using System.Text.Json;
using OrgBackupHealer.Core.Batching;
using OrgBackupHealer.Core.Events;
using OrgBackupHealer.Function.Configuration;
using OrgBackupHealer.Function.Runtime;
using OrgBackupHealer.Function.Sqs;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Function;

/// <summary>
/// A batch from the error-signal queue: handed whole to <see cref="SignalBatchProcessor"/>, then reported. Ignored
/// records count in EventsIgnored, one document per reason with the count; records that are not error signals
/// (self, invalid, unrelated, drift, scheduled) are logged one by one, up to <see cref="RecordsLogged"/>; the batch
/// gets one summary line. Only the records of a transiently failed reconcile are answered as batch item failures:
/// nothing else is delivered again, and the invocation itself succeeds.
/// </summary>
internal sealed class SignalBatchHandler(
    HealerConfiguration configuration, SignalBatchProcessor processor, EmfMetrics metrics, JsonLogger logger, ReconcileReporter reporter)
{
    public const int RecordsLogged = 20;

    /// <returns>The partial batch response, and the managed policy's id when the batch's reconcile learnt it.</returns>
    public async Task<(byte[] Response, string? ManagedPolicyId)> HandleAsync(
        Invocation invocation, IReadOnlyList<BatchRecord> records, string? knownPolicyId, CancellationToken deadline)
    {
        DateTimeOffset? leaseUntil = invocation.DeadlineUnixMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
        var result = await processor.ProcessAsync(records, configuration.Desired, leaseUntil, knownPolicyId, deadline).ConfigureAwait(false);

        foreach (var notable in result.Records.Where(r => r.Classification.Kind != EventKind.ErrorSignal).Take(RecordsLogged))
        {
            logger.Info(
                $"batch record {notable.MessageId} classified as {notable.Classification.Kind}: {notable.Classification.Reason}",
                [.. HandlerLogFields.For(notable.Classification), LogField.Of("batch_outcome", BatchLogFields.OutcomeName(notable.Outcome))]);
        }

        foreach (var ignored in result.Records.Where(r => r.IgnoredReason is not null).GroupBy(r => r.IgnoredReason!, StringComparer.Ordinal))
        {
            metrics.EventsIgnored(ignored.Key, ignored.Count());
        }

        if (result.Gate.Decision is { } decision && result.Reconcile is { } reconcile)
        {
            reporter.Completed(decision, reconcile, result.ReconcileDuration, []);
        }
        else if (result.Failure is { } failure)
        {
            reporter.Failed(failure, result.ReconcileDuration, []);
        }

        logger.Info($"batch of {result.Records.Count} records processed", BatchLogFields.Summarize(result));
        var failures = result.RetriedMessageIds.Select(id => new SqsBatchItemFailure(id)).ToList();
        var response = JsonSerializer.SerializeToUtf8Bytes(new SqsBatchResponse(failures), FunctionJsonContext.Default.SqsBatchResponse);
        return (response, result.Reconcile?.ManagedPolicyId);
    }
}
