using System.Net;
using OrgBackupHealer.Function.Runtime;

namespace OrgBackupHealer.Function.Tests;

/// <summary>The Runtime API client against a scripted HTTP handler: what it reads from an invocation and what it refuses.</summary>
public sealed class RuntimeApiClientTests
{
    [Fact]
    public async Task ReadsTheRequestIdDeadlineFunctionArnAndTraceOfAnInvocation()
    {
        // Arrange
        var client = Client(_ => Answer(HttpStatusCode.OK, new()
        {
            ["Lambda-Runtime-Aws-Request-Id"] = "req-1",
            ["Lambda-Runtime-Deadline-Ms"] = "1764252232123",
            ["Lambda-Runtime-Invoked-Function-Arn"] = "arn:aws:lambda:us-east-1:111111111111:function:OrgBackupHealer",
            ["Lambda-Runtime-Trace-Id"] = "Root=1-5759e988-bd862e3fe1be46a994272793",
        }));

        // Act
        var invocation = await client.GetNextInvocationAsync(CancellationToken.None);

        // Assert
        Assert.Equal("req-1", invocation.RequestId);
        Assert.Equal(1764252232123, invocation.DeadlineUnixMs);
        Assert.Equal("arn:aws:lambda:us-east-1:111111111111:function:OrgBackupHealer", invocation.FunctionArn);
        Assert.Equal("Root=1-5759e988-bd862e3fe1be46a994272793", invocation.TraceId);
    }

    [Fact]
    public async Task RefusesAnInvocationWithoutARequestId()
    {
        var client = Client(_ => Answer(HttpStatusCode.OK, []));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetNextInvocationAsync(CancellationToken.None));

        Assert.Contains("Lambda-Runtime-Aws-Request-Id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailsWhenTheRuntimeApiAnswersNextWithAnError()
    {
        var client = Client(_ => Answer(HttpStatusCode.InternalServerError, new() { ["Lambda-Runtime-Aws-Request-Id"] = "req-1" }));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetNextInvocationAsync(CancellationToken.None));
    }

    [Fact]
    public async Task FailsWhenTheRuntimeApiRefusesAResponse()
    {
        var client = Client(_ => Answer(HttpStatusCode.RequestEntityTooLarge, []));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostResponseAsync("req-1", "{}"u8.ToArray(), CancellationToken.None));
    }

    [Fact]
    public void ReportsAThrownExceptionsStackOneTrimmedFrameALine()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("broken");
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }

        var error = RuntimeError.From(thrown);

        Assert.Equal(("broken", "InvalidOperationException"), (error.ErrorMessage, error.ErrorType));
        Assert.NotEmpty(error.StackTrace);
        Assert.All(error.StackTrace, frame => Assert.StartsWith("at ", frame, StringComparison.Ordinal));
    }

    [Fact]
    public void ReportsAnExceptionThatWasNeverThrownWithAnEmptyStack()
    {
        var error = RuntimeError.From(new InvalidOperationException("never thrown"));

        Assert.Empty(error.StackTrace);
    }

    private static RuntimeApiClient Client(Func<HttpRequestMessage, HttpResponseMessage> answer) =>
        new(new HttpClient(new ScriptedHandler(answer)) { BaseAddress = new Uri("http://127.0.0.1:9001/2018-06-01/") });

    private static HttpResponseMessage Answer(HttpStatusCode status, Dictionary<string, string> headers)
    {
        var response = new HttpResponseMessage(status) { Content = new ByteArrayContent("{}"u8.ToArray()) };
        foreach (var (name, value) in headers)
        {
            response.Headers.Add(name, value);
        }

        return response;
    }

    private sealed class ScriptedHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
