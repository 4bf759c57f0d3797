using System.Text.Json;

namespace OrgBackupHealer.Storm;

/// <summary>
/// Lambda's SQS event source mapping as template.yaml configures it: MaximumConcurrency pollers, each gathering a
/// batch from the moment it finds a visible message until the batching window ends, BatchSize is reached or the next
/// message would take the invocation payload over 6 MB, then invoking. A batch that finds the function's one slot
/// taken is throttled: the poller tries again after 1 s, 2 s, ... (--throttle-retries times) while its messages stay
/// invisible, then gives up, and the messages return to the queue when their visibility timeout ends, their receive
/// count raised. After an invocation, the messages the function did not name in batchItemFailures are deleted; the
/// named ones, or all of them after a function error, return the same way.
/// </summary>
internal sealed class EventSourceMappingEmulator(EmulatedQueue queue, FunctionInvoker function, StormOptions options, HarnessClock clock)
{
    private readonly Lock _lock = new();
    private int _holding;

    public int Batches { get; private set; }

    public int ThrottleRetries { get; private set; }

    public int BatchesReturned { get; private set; }

    public int RecordsReportedFailed { get; private set; }

    public int FunctionErrors { get; private set; }

    public int LargestBatch { get; private set; }

    /// <summary>Whether any poller holds received messages (gathering or invoking).</summary>
    public bool Holding => Volatile.Read(ref _holding) > 0;

    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, options.MaximumConcurrency).Select(_ => Task.Run(() => PollAsync(stop), CancellationToken.None)));

    private async Task PollAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            if (!queue.HasVisible)
            {
                await PauseAsync(TimeSpan.FromMilliseconds(10), stop);
                continue;
            }

            Interlocked.Increment(ref _holding);
            try
            {
                var batch = await GatherAsync(stop);
                if (batch.Count > 0)
                {
                    await DeliverAsync(batch);
                }
            }
            finally
            {
                Interlocked.Decrement(ref _holding);
            }
        }
    }

    private async Task<List<QueuedMessage>> GatherAsync(CancellationToken stop)
    {
        var batch = new List<QueuedMessage>();
        long bytes = SqsEventBuilder.EnvelopeBytes;
        var windowEnd = clock.Now + TimeSpan.FromSeconds(options.WindowSeconds);
        while (!stop.IsCancellationRequested && clock.Now < windowEnd && batch.Count < options.BatchSize)
        {
            var received = queue.Receive(Math.Min(10, options.BatchSize - batch.Count), StormOptions.MaxPayloadBytes - bytes, out var payloadFull);
            batch.AddRange(received);
            bytes += received.Sum(m => (long)m.RecordBytes);
            if (payloadFull)
            {
                break;
            }

            if (received.Count == 0)
            {
                await PauseAsync(TimeSpan.FromMilliseconds(5), stop);
            }
        }

        return batch;
    }

    private async Task DeliverAsync(List<QueuedMessage> batch)
    {
        var body = SqsEventBuilder.Batch(batch);
        var giveUpAt = batch.Min(m => m.VisibleAt);
        for (var attempt = 0; ; attempt++)
        {
            var call = await function.TryInvokeBatchAsync(body);
            if (call is not null)
            {
                Settle(batch, call.Kind == "response" ? call.Text : null);
                return;
            }

            var backoff = TimeSpan.FromSeconds(1 << attempt);
            if (attempt >= options.ThrottleRetries || clock.Now + backoff >= giveUpAt)
            {
                // Given up: the messages stay invisible until their visibility timeout ends, then come back.
                lock (_lock)
                {
                    BatchesReturned++;
                }

                return;
            }

            lock (_lock)
            {
                ThrottleRetries++;
            }

            await Task.Delay(backoff);
        }
    }

    private void Settle(List<QueuedMessage> batch, string? response)
    {
        var failed = new HashSet<string>(StringComparer.Ordinal);
        if (response is null)
        {
            failed.UnionWith(batch.Select(m => m.MessageId));
        }
        else
        {
            using var json = JsonDocument.Parse(response);
            failed.UnionWith(json.RootElement.GetProperty("batchItemFailures").EnumerateArray().Select(f => f.GetProperty("itemIdentifier").GetString()!));
        }

        queue.Delete(batch.Where(m => !failed.Contains(m.MessageId)));
        lock (_lock)
        {
            Batches++;
            LargestBatch = Math.Max(LargestBatch, batch.Count);
            RecordsReportedFailed += response is null ? 0 : failed.Count;
            FunctionErrors += response is null ? 1 : 0;
        }
    }

    private static async Task PauseAsync(TimeSpan pause, CancellationToken stop)
    {
        try
        {
            await Task.Delay(pause, stop);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop sees the token.
        }
    }
}
