using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace OrgBackupHealer.Storm;

/// <summary>
/// Events a rule sends straight to the function (asynchronous invocations): Lambda queues them and hands them over
/// one at a time as the slot frees. An error answer is retried twice more (EventInvokeConfig MaximumRetryAttempts 2).
/// Records each event's outcome from the function's answer and each drift's time from send to answer.
/// </summary>
internal sealed class DirectInvocations(FunctionInvoker function, HarnessClock clock)
{
    private const int MaximumRetryAttempts = 2;

    private readonly Channel<(StormEvent Event, string Body, TimeSpan SentAt, int Attempt)> _queue =
        Channel.CreateUnbounded<(StormEvent, string, TimeSpan, int)>();

    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeSpan> _sentAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeSpan> _answeredAt = new(StringComparer.Ordinal);
    private int _pending;

    public int Pending => Volatile.Read(ref _pending);

    public int Retried { get; private set; }

    public int Lost { get; private set; }

    public IReadOnlyDictionary<string, int> Outcomes
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<string, int>(_outcomes, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>When each event of <paramref name="kind"/> was sent and answered (real time since the storm began).</summary>
    public IReadOnlyList<(TimeSpan SentAt, TimeSpan AnsweredAt)> Timings(string kind)
    {
        lock (_lock)
        {
            return [.. _answeredAt.Where(a => a.Key.StartsWith(kind + "/", StringComparison.Ordinal)).Select(a => (_sentAt[a.Key], a.Value))];
        }
    }

    public void Send(StormEvent stormEvent, string body)
    {
        Interlocked.Increment(ref _pending);
        lock (_lock)
        {
            _sentAt[Key(stormEvent)] = clock.RealElapsed;
        }

        _queue.Writer.TryWrite((stormEvent, body, clock.RealElapsed, 0));
    }

    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var (stormEvent, body, sentAt, attempt) in _queue.Reader.ReadAllAsync(stop))
            {
                var call = await function.InvokeDirectAsync(Encoding.UTF8.GetBytes(body));
                if (call.Kind != "response")
                {
                    Retry(stormEvent, body, sentAt, attempt);
                    continue;
                }

                using var answer = JsonDocument.Parse(call.Body);
                var outcome = answer.RootElement.GetProperty("outcome").GetString();
                var name = outcome == "ignored" ? answer.RootElement.GetProperty("ignoredReason").GetString()! : "reconciled";
                lock (_lock)
                {
                    _outcomes[name] = _outcomes.GetValueOrDefault(name) + 1;
                    _answeredAt[Key(stormEvent)] = clock.RealElapsed;
                }

                Interlocked.Decrement(ref _pending);
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private void Retry(StormEvent stormEvent, string body, TimeSpan sentAt, int attempt)
    {
        lock (_lock)
        {
            if (attempt >= MaximumRetryAttempts)
            {
                Lost++;
                Interlocked.Decrement(ref _pending);
                return;
            }

            Retried++;
        }

        _queue.Writer.TryWrite((stormEvent, body, sentAt, attempt + 1));
    }

    private static string Key(StormEvent stormEvent) => stormEvent.Kind + "/" + stormEvent.MessageId;
}
