using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Storm;

/// <summary>
/// Lambda's side of the invocations: reserved concurrency 1 is one slot. A batch from the event source mapping that
/// finds the slot taken is throttled (the poller decides what then); a direct (asynchronous) event waits for the
/// slot, as Lambda's own event queue retries a throttled asynchronous invocation. Counts invocations and the
/// Organizations calls each one made.
/// </summary>
internal sealed class FunctionInvoker(FakeRuntimeApi runtime, CountingProxy proxy) : IDisposable
{
    private readonly SemaphoreSlim _slot = new(StormOptions.ReservedConcurrency);
    private readonly Lock _lock = new();
    private readonly List<int> _organizationsCallsPerInvocation = [];
    private int _sequence;

    public int BatchInvocations { get; private set; }

    public int DirectInvocations { get; private set; }

    public int Throttles { get; private set; }

    public bool Busy => _slot.CurrentCount == 0;

    public void Dispose() => _slot.Dispose();

    /// <summary>The Organizations calls of each invocation that made any: what one reconcile costs.</summary>
    public IReadOnlyList<int> OrganizationsCallsPerInvocation
    {
        get
        {
            lock (_lock)
            {
                return [.. _organizationsCallsPerInvocation];
            }
        }
    }

    /// <returns>The function's answer, or null when the invocation was throttled.</returns>
    public async Task<RuntimeCall?> TryInvokeBatchAsync(byte[] body)
    {
        if (!await _slot.WaitAsync(0))
        {
            lock (_lock)
            {
                Throttles++;
            }

            return null;
        }

        try
        {
            return await InvokeAsync(body, batch: true);
        }
        finally
        {
            _slot.Release();
        }
    }

    public async Task<RuntimeCall> InvokeDirectAsync(byte[] body)
    {
        await _slot.WaitAsync();
        try
        {
            return await InvokeAsync(body, batch: false);
        }
        finally
        {
            _slot.Release();
        }
    }

    private async Task<RuntimeCall> InvokeAsync(byte[] body, bool batch)
    {
        var requestId = $"storm-{Interlocked.Increment(ref _sequence):D6}";
        var callsBefore = proxy.CountOf("organizations");
        runtime.Enqueue(requestId, body);
        var call = await runtime.NextCallAsync();
        if (call.RequestId != requestId)
        {
            throw new InvalidOperationException($"expected the answer to {requestId}, got {call.Kind} for {call.RequestId}");
        }

        var calls = proxy.CountOf("organizations") - callsBefore;
        lock (_lock)
        {
            if (batch)
            {
                BatchInvocations++;
            }
            else
            {
                DirectInvocations++;
            }

            if (calls > 0)
            {
                _organizationsCallsPerInvocation.Add(calls);
            }
        }

        return call;
    }
}
