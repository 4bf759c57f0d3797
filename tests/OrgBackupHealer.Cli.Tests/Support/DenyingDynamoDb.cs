using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OrgBackupHealer.Cli.Tests.Support;

/// <summary>
/// A DynamoDB endpoint on a free loopback port that denies every request as DynamoDB does (HTTP 400 with an
/// AccessDeniedException body, AWS JSON 1.0): what a role without the table's permissions meets.
/// </summary>
public sealed class DenyingDynamoDb : IDisposable
{
    public const string Message = "User: arn:aws:sts::111111111111:assumed-role/ops/alice is not authorized to perform: dynamodb:Scan on resource: healer-state.";
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();

    public DenyingDynamoDb()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(AnswerAsync);
    }

    /// <summary>The value for AWS_ENDPOINT_URL_DYNAMODB.</summary>
    public string Url { get; }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    private async Task AnswerAsync()
    {
        var body = Encoding.UTF8.GetBytes($$"""{"__type":"com.amazon.coral.service#AccessDeniedException","Message":"{{Message}}"}""");
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            context.Response.StatusCode = 400;
            context.Response.ContentType = "application/x-amz-json-1.0";
            context.Response.Headers["x-amzn-RequestId"] = "4KBNVRGD25RG85UPGYLRQNIOEVVV4KQNSO5AEMVJF66Q9ASUAAJG";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }
}
