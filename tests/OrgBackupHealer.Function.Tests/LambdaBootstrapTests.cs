using System.Text;
using System.Text.Json;
using OrgBackupHealer.Function.Runtime;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Function.Tests;

public sealed class LambdaBootstrapTests : IDisposable
{
    private readonly FakeRuntimeApi _api = new();
    private readonly HttpClient _http;
    private readonly DictionaryEnvironment _environment = new();
    private readonly CancellationTokenSource _stop = new();

    public LambdaBootstrapTests()
    {
        _http = RuntimeApiClient.CreateHttpClient(_api.Address);
    }

    [Fact]
    public async Task PostsTheHandlerResultAsTheInvocationResponse()
    {
        var loop = Start((invocation, _) => Task.FromResult(Encoding.UTF8.GetBytes("{\"echo\":" + Encoding.UTF8.GetString(invocation.Body) + "}")));

        _api.Enqueue("req-1", "{\"a\":1}"u8.ToArray());
        var call = await _api.NextCallAsync();

        Assert.Equal("response", call.Kind);
        Assert.Equal("req-1", call.RequestId);
        Assert.Equal("{\"echo\":{\"a\":1}}", call.Text);
        Assert.StartsWith("application/json", call.ContentType, StringComparison.Ordinal);
        await StopAsync(loop);
    }

    [Fact]
    public async Task ReportsHandlerFailureAsInvocationErrorAndKeepsServing()
    {
        var loop = Start((invocation, _) => invocation.RequestId == "req-bad"
            ? throw new InvalidOperationException("Reading the organization was denied. Grant the role access.")
            : Task.FromResult("{}"u8.ToArray()));

        _api.Enqueue("req-bad", "{}"u8.ToArray());
        _api.Enqueue("req-good", "{}"u8.ToArray());
        var error = await _api.NextCallAsync();
        var next = await _api.NextCallAsync();

        Assert.Equal("error", error.Kind);
        Assert.Equal("req-bad", error.RequestId);
        Assert.Equal("InvalidOperationException", error.ErrorTypeHeader);
        var body = JsonDocument.Parse(error.Body).RootElement;
        Assert.Equal("Reading the organization was denied. Grant the role access.", body.GetProperty("errorMessage").GetString());
        Assert.Equal("InvalidOperationException", body.GetProperty("errorType").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("stackTrace").ValueKind);
        Assert.Equal(("response", "req-good"), (next.Kind, next.RequestId));
        await StopAsync(loop);
    }

    [Fact]
    public async Task CancelsTheHandlerAtTheDeadlineMinusTheSafetyMargin()
    {
        var loop = Start(async (_, deadline) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, deadline);
            return [];
        });

        _api.Enqueue("req-slow", "{}"u8.ToArray(), deadlineMs: DateTimeOffset.UtcNow.AddMilliseconds(1500 + 300).ToUnixTimeMilliseconds());
        var call = await _api.NextCallAsync();

        Assert.Equal("error", call.Kind);
        Assert.Equal("TaskCanceledException", JsonDocument.Parse(call.Body).RootElement.GetProperty("errorType").GetString());
        await StopAsync(loop);
    }

    [Fact]
    public async Task GivesAnAlreadyExpiredDeadlineACancelledToken()
    {
        var cancelledAtStart = false;
        var loop = Start((_, deadline) =>
        {
            cancelledAtStart = deadline.IsCancellationRequested;
            return Task.FromResult("{}"u8.ToArray());
        });

        _api.Enqueue("req-late", "{}"u8.ToArray(), deadlineMs: DateTimeOffset.UtcNow.AddSeconds(1).ToUnixTimeMilliseconds());
        await _api.NextCallAsync();

        Assert.True(cancelledAtStart);
        await StopAsync(loop);
    }

    [Fact]
    public async Task SetsTheTraceIdForEachInvocation()
    {
        var seen = new List<string?>();
        var loop = Start((_, _) =>
        {
            seen.Add(_environment[LambdaBootstrap.TraceIdVariable]);
            return Task.FromResult("{}"u8.ToArray());
        });

        _api.Enqueue("req-1", "{}"u8.ToArray(), traceId: "Root=1-67890abc-111111111111111111111111;Parent=a1;Sampled=1");
        await _api.NextCallAsync();
        _api.Enqueue("req-2", "{}"u8.ToArray(), traceId: "Root=1-67890abd-222222222222222222222222;Parent=b2;Sampled=0");
        await _api.NextCallAsync();
        _api.Enqueue("req-3", "{}"u8.ToArray());
        await _api.NextCallAsync();

        Assert.Equal(
            ["Root=1-67890abc-111111111111111111111111;Parent=a1;Sampled=1", "Root=1-67890abd-222222222222222222222222;Parent=b2;Sampled=0", null],
            seen);
        await StopAsync(loop);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _http.Dispose();
        _api.Dispose();
    }

    private Task Start(Func<Invocation, CancellationToken, Task<byte[]>> handle)
    {
        // The safety margin is 1.5 s, so a deadline 1 s away is already past when the handler starts.
        var loop = new LambdaBootstrap(
            new RuntimeApiClient(_http), new DelegateHandler(handle), _environment, TimeProvider.System, LambdaBootstrap.DefaultSafetyMargin);
        return Task.Run(() => loop.RunAsync(_stop.Token));
    }

    private async Task StopAsync(Task loop)
    {
        await _stop.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting on /next; stopping between invocations ends the loop without one.
        }
    }
}
