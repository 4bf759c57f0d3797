namespace OrgBackupHealer.Aws.Tests.Stubs;

/// <summary>Stands in for the network below the signing handler: records each request, answers from a script.</summary>
internal sealed class StubAwsHandler : HttpMessageHandler
{
    private readonly Queue<Func<CancellationToken, Task<HttpResponseMessage>>> _answers = new();
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests => _requests;

    /// <summary>Called as each request arrives, e.g. to cancel the caller's token mid-call.</summary>
    public Action<int>? OnRequest { get; set; }

    public StubAwsHandler Then(HttpResponseMessage answer)
    {
        _answers.Enqueue(_ => Task.FromResult(answer));
        return this;
    }

    public StubAwsHandler ThenRepeatedly(Func<HttpResponseMessage> answer, int times)
    {
        for (var i = 0; i < times; i++)
        {
            _answers.Enqueue(_ => Task.FromResult(answer()));
        }

        return this;
    }

    /// <summary>An attempt that never answers: it ends only when its token is cancelled (a per-request timeout).</summary>
    public StubAwsHandler ThenNoAnswer()
    {
        _answers.Enqueue(async token =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    /// <summary>An attempt that fails below the client with <paramref name="error"/> instead of answering.</summary>
    public StubAwsHandler ThenThrow(Exception error)
    {
        _answers.Enqueue(_ => Task.FromException<HttpResponseMessage>(error));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        _requests.Add(new RecordedRequest(request.Method, request.RequestUri, headers, body));
        // The answer belongs to this request even when it is cancelled on the way: taking it first keeps a cancelled
        // attempt from leaving its answer (say, "no answer") to the retry that follows.
        if (!_answers.TryDequeue(out var answer))
        {
            throw new InvalidOperationException($"Unexpected request #{_requests.Count}: {headers.GetValueOrDefault("X-Amz-Target")}");
        }

        OnRequest?.Invoke(_requests.Count);
        cancellationToken.ThrowIfCancellationRequested();
        return await answer(cancellationToken);
    }
}
