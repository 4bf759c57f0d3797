using OrgBackupHealer.Function.Runtime;

namespace OrgBackupHealer.Function.Tests;

/// <summary>
/// The Runtime API in memory, for tests that push thousands of events through the loop: one queued invocation
/// per <see cref="LambdaBootstrap.InvokeOnceAsync"/>, and the loop's answer to it.
/// </summary>
internal sealed class QueuedRuntimeApi : IRuntimeApiClient
{
    private readonly Queue<Invocation> _pending = new();

    /// <summary>"response" or "error", with the body posted.</summary>
    public (string Kind, string RequestId, byte[] Body)? LastAnswer { get; private set; }

    public void Enqueue(Invocation invocation) => _pending.Enqueue(invocation);

    public Task<Invocation> GetNextInvocationAsync(CancellationToken cancellationToken) => Task.FromResult(_pending.Dequeue());

    public Task PostResponseAsync(string requestId, byte[] body, CancellationToken cancellationToken)
    {
        LastAnswer = ("response", requestId, body);
        return Task.CompletedTask;
    }

    public Task PostErrorAsync(string requestId, RuntimeError error, CancellationToken cancellationToken)
    {
        LastAnswer = ("error", requestId, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(error, FunctionJsonContext.Default.RuntimeError));
        return Task.CompletedTask;
    }

    public Task PostInitErrorAsync(RuntimeError error, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The loop does not post init errors: " + error.ErrorMessage);
}
