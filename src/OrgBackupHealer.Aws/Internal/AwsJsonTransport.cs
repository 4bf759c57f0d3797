using System.Net.Http.Headers;
using System.Text.Json;
using OrgBackupHealer.Core.Organizations;
using Polly;
using Polly.Timeout;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>
/// One AWS JSON 1.1 call: <c>POST /</c> with <c>X-Amz-Target</c>, retried by the pipeline. The HttpClient below
/// signs (SigV4) and sends. Nothing here logs; requests and signatures never leave this class except on the wire.
/// </summary>
internal sealed class AwsJsonTransport(HttpClient http, Uri endpoint, ResiliencePipeline pipeline)
{
    public const string TargetPrefix = "AWSOrganizationsV20161128.";
    public const string ContentType = "application/x-amz-json-1.1";

    public Uri Endpoint => endpoint;

    public async Task<TResponse> SendAsync<TRequest, TResponse>(
        WireOperation<TRequest, TResponse> operation, TRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(
                static (state, token) => state.Self.SendOnceAsync(state.Operation, state.Request, token),
                (Self: this, Operation: operation, Request: request),
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException e)
        {
            throw new OrganizationsException(
                RequestTimeoutCode, $"{operation.Name} got no answer from {endpoint.Host} within {e.Timeout.TotalSeconds:0.#} s, on every attempt.", null, e);
        }
    }

    /// <summary>Not a model error: no attempt was answered in time.</summary>
    public const string RequestTimeoutCode = "RequestTimeout";

    private async ValueTask<TResponse> SendOnceAsync<TRequest, TResponse>(
        WireOperation<TRequest, TResponse> operation, TRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, operation.Request)),
        };
        message.Headers.Add("X-Amz-Target", TargetPrefix + operation.Name);
        message.Content.Headers.ContentType = new MediaTypeHeaderValue(ContentType);

        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw ErrorResponseReader.Read(operation.Name, response.StatusCode, response.Headers, body);
        }

        try
        {
            // Operations without output may answer with an empty body.
            return (body.Length == 0 ? JsonSerializer.Deserialize("{}"u8, operation.Response) : JsonSerializer.Deserialize(body, operation.Response))
                ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new OrganizationsException(
                WireMapper.InvalidResponseCode, $"{operation.Name} answered with a body that is not its output shape ({e.Message}).", (int)response.StatusCode, e);
        }
    }
}
