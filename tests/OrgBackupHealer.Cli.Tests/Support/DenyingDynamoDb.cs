using System.Net;
using System.Text;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Support;

/// <summary>
/// A DynamoDB endpoint on a free loopback port that denies every request as DynamoDB does (HTTP 400 with an
/// AccessDeniedException body, AWS JSON 1.0): what a role without the table's permissions meets.
/// </summary>
public sealed class DenyingDynamoDb : IDisposable
{
    public const string Message = "User: arn:aws:sts::111111111111:assumed-role/ops/alice is not authorized to perform: dynamodb:Scan on resource: healer-state.";
    private static readonly byte[] s_answer = Encoding.UTF8.GetBytes($$"""{"__type":"com.amazon.coral.service#AccessDeniedException","Message":"{{Message}}"}""");
    private readonly LoopbackHttpServer _server = new(DenyAsync);

    /// <summary>The value for AWS_ENDPOINT_URL_DYNAMODB.</summary>
    public string Url => _server.Url.ToString();

    public void Dispose() => _server.Dispose();

    private static async Task DenyAsync(HttpListenerContext context, CancellationToken stop)
    {
        context.Response.StatusCode = 400;
        context.Response.ContentType = "application/x-amz-json-1.0";
        context.Response.Headers["x-amzn-RequestId"] = "4KBNVRGD25RG85UPGYLRQNIOEVVV4KQNSO5AEMVJF66Q9ASUAAJG";
        await context.Response.OutputStream.WriteAsync(s_answer, stop);
        context.Response.Close();
    }
}
