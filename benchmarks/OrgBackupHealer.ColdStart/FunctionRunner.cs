using System.Diagnostics;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.ColdStart;

/// <summary>Runs a published function as a fresh process against a fresh fake Runtime API.</summary>
internal sealed class FunctionRunner(IReadOnlyDictionary<string, string> motoEnvironment, EventFactory events)
{
    /// <summary>
    /// The first event is queued before the process starts, so "first response" is start → init → /next →
    /// reconcile against moto → POST /response, the way a cold Lambda invocation runs.
    /// </summary>
    public async Task<RunResult> ColdRunAsync(FunctionBuild build, int warmInvocations)
    {
        using var runtime = new FakeRuntimeApi();
        runtime.Enqueue("cold-0", events.Create(EventFactory.Scheduled));
        var clock = Stopwatch.StartNew();
        using var function = FunctionProcess.Start(build, runtime.Address, motoEnvironment);
        await ExpectResponseAsync(runtime, function, "cold-0");
        var firstResponseMs = clock.Elapsed.TotalMilliseconds;

        var warm = new List<double>(warmInvocations);
        for (var i = 1; i <= warmInvocations; i++)
        {
            var started = clock.Elapsed;
            runtime.Enqueue($"warm-{i}", events.Create(EventFactory.Scheduled));
            await ExpectResponseAsync(runtime, function, $"warm-{i}");
            warm.Add((clock.Elapsed - started).TotalMilliseconds);
        }

        var peak = function.PeakResidentBytes();
        var reconciles = function.ReconcileDurations();
        return new RunResult(firstResponseMs, reconciles.Count > 0 ? reconciles[0] : double.NaN, warm, [.. reconciles.Skip(1)], peak);
    }

    /// <summary>A fresh process's start to the answer of its first event, <paramref name="fixture"/>.</summary>
    public async Task<double> FirstAnswerAsync(FunctionBuild build, string fixture)
    {
        using var runtime = new FakeRuntimeApi();
        runtime.Enqueue("first", events.Create(fixture));
        var clock = Stopwatch.StartNew();
        using var function = FunctionProcess.Start(build, runtime.Address, motoEnvironment);
        await ExpectResponseAsync(runtime, function, "first");
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>Every event queued at once, as a backlog after a throttling incident; the process drains it.</summary>
    public async Task<StormResult> StormAsync(FunctionBuild build, int count)
    {
        using var runtime = new FakeRuntimeApi();
        for (var i = 0; i < count; i++)
        {
            runtime.Enqueue($"storm-{i}", events.StormEvent(i));
        }

        var clock = Stopwatch.StartNew();
        using var function = FunctionProcess.Start(build, runtime.Address, motoEnvironment);
        var (responses, errors) = (0, 0);
        for (var i = 0; i < count; i++)
        {
            var call = await NextAsync(runtime, function);
            if (call.Kind == "response")
            {
                responses++;
            }
            else
            {
                errors++;
            }
        }

        var totalMs = clock.Elapsed.TotalMilliseconds;
        var peak = function.PeakResidentBytes();
        // The EMF lines of the last events may still be in the pipe: give the reader a moment before counting.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        return new StormResult(count, responses, errors, totalMs, peak, function.ReconcileDurations().Count, function.IgnoredByReason());
    }

    private static async Task ExpectResponseAsync(FakeRuntimeApi runtime, FunctionProcess function, string requestId)
    {
        var call = await NextAsync(runtime, function);
        if (call.Kind != "response" || call.RequestId != requestId)
        {
            throw new InvalidOperationException(
                $"expected the response to {requestId}, got {call.Kind} for {call.RequestId}: {call.Text}{Environment.NewLine}function output:{Environment.NewLine}{function.Tail()}");
        }
    }

    private static async Task<RuntimeCall> NextAsync(FakeRuntimeApi runtime, FunctionProcess function)
    {
        try
        {
            return await runtime.NextCallAsync();
        }
        catch (OperationCanceledException e)
        {
            throw new InvalidOperationException($"the function posted nothing for 60 s. Its output:{Environment.NewLine}{function.Tail()}", e);
        }
    }
}
