using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace OrgBackupHealer.Function.Runtime;

/// <summary>
/// <see cref="IRuntimeApiClient"/> over HttpClient. The client's base address is
/// http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/ and its timeout infinite: /next blocks while the sandbox is frozen.
/// </summary>
internal sealed class RuntimeApiClient : IRuntimeApiClient
{
    public const string ApiVersionPath = "2018-06-01/";
    private const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";

    private readonly HttpClient _http;

    public RuntimeApiClient(HttpClient http) => _http = http;

    public static HttpClient CreateHttpClient(string runtimeApiAddress) => new()
    {
        BaseAddress = new Uri($"http://{runtimeApiAddress}/{ApiVersionPath}"),
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task<Invocation> GetNextInvocationAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync("runtime/invocation/next", HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            .ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var requestId = Header(response, "Lambda-Runtime-Aws-Request-Id")
            ?? throw new InvalidOperationException("The Runtime API sent an invocation without Lambda-Runtime-Aws-Request-Id.");
        var deadline = long.TryParse(Header(response, "Lambda-Runtime-Deadline-Ms"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? ms
            : (long?)null;
        return new Invocation(
            requestId, deadline, Header(response, "Lambda-Runtime-Invoked-Function-Arn"), Header(response, "Lambda-Runtime-Trace-Id"), body);
    }

    public async Task PostResponseAsync(string requestId, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        await PostAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/response", content, cancellationToken).ConfigureAwait(false);
    }

    public Task PostErrorAsync(string requestId, RuntimeError error, CancellationToken cancellationToken) =>
        PostErrorBodyAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/error", error, cancellationToken);

    public Task PostInitErrorAsync(RuntimeError error, CancellationToken cancellationToken) =>
        PostErrorBodyAsync("runtime/init/error", error, cancellationToken);

    private async Task PostErrorBodyAsync(string path, RuntimeError error, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(error, FunctionJsonContext.Default.RuntimeError));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.Add(ErrorTypeHeader, error.ErrorType);
        await PostAsync(path, content, cancellationToken).ConfigureAwait(false);
    }

    private async Task PostAsync(string path, HttpContent content, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsync(path, content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        // Stryker disable once Linq : TryGetValues is true only for a header with at least one value, so First finds one as FirstOrDefault does.
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
