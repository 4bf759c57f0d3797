using System.Net.Http.Headers;
using System.Text.Json;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Internal;

/// <summary>
/// One AWS JSON 1.1 call, one attempt: <c>POST /</c> with <c>X-Amz-Target</c>, bounded by the per-attempt timeout.
/// Retrying is not done here: the core's RetryingOrganizationsPort is the one retry policy, and a timeout comes out
/// as a retryable <see cref="OrganizationsErrorCodes.RequestTimeout"/>. The HttpClient below signs (SigV4) and sends.
/// Nothing here logs; requests and signatures never leave this class except on the wire.
/// </summary>
/// <param name="targetPrefix">The service's X-Amz-Target prefix: Organizations by default, EventBridge for the incident sink.</param>
internal sealed class AwsJsonTransport(HttpClient http, Uri endpoint, TimeSpan requestTimeout, TimeProvider time, string targetPrefix = AwsJsonTransport.TargetPrefix)
{
    public const string TargetPrefix = "AWSOrganizationsV20161128.";
    public const string EventBridgeTargetPrefix = "AWSEvents.";
    public const string ContentType = "application/x-amz-json-1.1";

    public Uri Endpoint => endpoint;

    public async Task<TResponse> SendAsync<TRequest, TResponse>(
        WireOperation<TRequest, TResponse> operation, TRequest request, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(requestTimeout, time);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await SendOnceAsync(operation, request, attempt.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new OrganizationsException(
                OrganizationsErrorCodes.RequestTimeout, $"no answer from {endpoint.Host} within {requestTimeout.TotalSeconds:0.#} s", null, e)
            {
                Operation = operation.Name,
            };
        }
        catch (HttpRequestException e) when (!IsCredentialsFailure(e))
        {
            // A transport failure is the port's own error, so Core never sees an HTTP type.
            throw new OrganizationsException(OrganizationsErrorCodes.EndpointUnreachable, e.Message, null, e) { Operation = operation.Name };
        }
    }

    private static bool IsCredentialsFailure(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is AwsCredentialsException)
            {
                return true;
            }
        }

        return false;
    }

    private async Task<TResponse> SendOnceAsync<TRequest, TResponse>(
        WireOperation<TRequest, TResponse> operation, TRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, operation.Request)),
        };
        message.Headers.Add("X-Amz-Target", targetPrefix + operation.Name);
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
                OrganizationsErrorCodes.InvalidResponse, $"{operation.Name} answered with a body that is not its output shape ({e.Message}).", (int)response.StatusCode, e)
            {
                Operation = operation.Name,
            };
        }
    }
}
