namespace OrgBackupHealer.Function.Runtime;

/// <summary>
/// The processing loop Amazon.Lambda.RuntimeSupport would provide: next → handler → response or error,
/// with the trace id exported and a cancellation deadline derived from Lambda-Runtime-Deadline-Ms.
/// </summary>
internal sealed class LambdaBootstrap
{
    public const string TraceIdVariable = "_X_AMZN_TRACE_ID";

    /// <summary>Time kept back from Lambda's deadline to post the error before the sandbox is frozen.</summary>
    public static readonly TimeSpan DefaultSafetyMargin = TimeSpan.FromMilliseconds(1500);

    private readonly IRuntimeApiClient _runtime;
    private readonly IInvocationHandler _handler;
    private readonly IRuntimeEnvironment _environment;
    private readonly TimeProvider _time;
    private readonly TimeSpan _safetyMargin;

    public LambdaBootstrap(
        IRuntimeApiClient runtime, IInvocationHandler handler, IRuntimeEnvironment environment, TimeProvider time, TimeSpan safetyMargin)
    {
        _runtime = runtime;
        _handler = handler;
        _environment = environment;
        _time = time;
        _safetyMargin = safetyMargin;
    }

    /// <summary>Runs until <paramref name="stop"/> is cancelled or the Runtime API fails.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await InvokeOnceAsync(stop).ConfigureAwait(false);
        }
    }

    public async Task InvokeOnceAsync(CancellationToken stop)
    {
        var invocation = await _runtime.GetNextInvocationAsync(stop).ConfigureAwait(false);
        _environment.SetVariable(TraceIdVariable, invocation.TraceId);

        byte[] response;
        using (var deadline = new InvocationDeadline(invocation.Deadline, _safetyMargin, _time, stop))
        {
            try
            {
                response = await _handler.HandleAsync(invocation, deadline.Token).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Any handler failure belongs to this invocation; the loop must go on to the next one.
            catch (Exception error)
#pragma warning restore CA1031
            {
                await _runtime.PostErrorAsync(invocation.RequestId, RuntimeError.From(error), stop).ConfigureAwait(false);
                return;
            }
        }

        await _runtime.PostResponseAsync(invocation.RequestId, response, stop).ConfigureAwait(false);
    }
}
