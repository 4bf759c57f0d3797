using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrgBackupHealer.Observability;

namespace OrgBackupHealer.Observability.Tests;

public sealed class JsonLoggerTests : IDisposable
{
    private static readonly DateTimeOffset s_now = new(2025, 11, 27, 14, 3, 52, 123, TimeSpan.Zero);
    private readonly StringWriter _output = new();
    private readonly JsonLogger _logger;

    public JsonLoggerTests()
    {
        _logger = new JsonLogger(_output, new FakeTimeProvider(s_now), "org-backup-healer", "OrgBackupHealerFunction");
    }

    [Fact]
    public void WritesPowertoolsKeysOnEveryLine()
    {
        _logger.StartInvocation("req-1", "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");

        _logger.Info("classified event");

        var line = SingleLine();
        Assert.Equal("2025-11-27T14:03:52.123Z", line.GetProperty("timestamp").GetString());
        Assert.Equal("Information", line.GetProperty("level").GetString());
        Assert.Equal("org-backup-healer", line.GetProperty("service").GetString());
        Assert.Equal("classified event", line.GetProperty("message").GetString());
        Assert.True(line.GetProperty("cold_start").GetBoolean());
        Assert.Equal("OrgBackupHealerFunction", line.GetProperty("function_name").GetString());
        Assert.Equal("req-1", line.GetProperty("function_request_id").GetString());
        Assert.Equal("1-5759e988-bd862e3fe1be46a994272793", line.GetProperty("xray_trace_id").GetString());
    }

    [Fact]
    public void MarksOnlyTheFirstInvocationAsColdStart()
    {
        _logger.StartInvocation("req-1", null);
        _logger.Info("first");
        _logger.StartInvocation("req-2", null);

        _logger.Warning("second");

        var lines = Lines();
        Assert.True(lines[0].GetProperty("cold_start").GetBoolean());
        Assert.False(lines[1].GetProperty("cold_start").GetBoolean());
        Assert.Equal("req-2", lines[1].GetProperty("function_request_id").GetString());
        Assert.Equal("Warning", lines[1].GetProperty("level").GetString());
        Assert.False(lines[1].TryGetProperty("xray_trace_id", out _));
    }

    [Fact]
    public void WritesExtraFieldsAndActionLists()
    {
        _logger.StartInvocation("req-1", null);

        _logger.Error(
            "reconcile failed",
            LogField.Of("event_id", "b3c4d5e6"),
            LogField.Of("error_code", "AccessDenied"),
            LogField.Of("principal", "arn:aws:sts::111111111111:assumed-role/PlatformAdmin/bob"),
            LogField.Of("triage_category", "ServiceControlPolicy"),
            LogField.Of("skipped", null),
            LogField.List("planned_actions", ["AttachPolicy ou-ab12-cdef3456", "UpdatePolicy org-backup-baseline"]));

        var line = SingleLine();
        Assert.Equal("Error", line.GetProperty("level").GetString());
        Assert.Equal("b3c4d5e6", line.GetProperty("event_id").GetString());
        Assert.Equal("AccessDenied", line.GetProperty("error_code").GetString());
        Assert.Equal("arn:aws:sts::111111111111:assumed-role/PlatformAdmin/bob", line.GetProperty("principal").GetString());
        Assert.Equal("ServiceControlPolicy", line.GetProperty("triage_category").GetString());
        Assert.False(line.TryGetProperty("skipped", out _));
        Assert.Equal(
            ["AttachPolicy ou-ab12-cdef3456", "UpdatePolicy org-backup-baseline"],
            line.GetProperty("planned_actions").EnumerateArray().Select(a => a.GetString()));
    }

    [Theory]
    [InlineData("key AKIAQEXAMPLEALICE001 used", "AKIAQEXAMPLEALICE001")]
    [InlineData("session ASIAQEXAMPLESESSION1", "ASIAQEXAMPLESESSION1")]
    [InlineData("Authorization: AWS4-HMAC-SHA256 Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024", "fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024")]
    [InlineData("X-Amz-Security-Token: IQoJb3JpZ2luX2VjEXAMPLETOKENVALUE1234567890", "IQoJb3JpZ2luX2VjEXAMPLETOKENVALUE1234567890")]
    [InlineData("aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]
    public void NeverWritesCredentials(string text, string secret)
    {
        _logger.Info(text, LogField.Of("detail", text), LogField.List("actions", [text]));

        var raw = _output.ToString();
        Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
        Assert.Contains("[redacted]", SingleLine().GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws_secret_access_key=[redacted]")]
    [InlineData("AWS4-HMAC-SHA256 Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024", "AWS4-HMAC-SHA256 Signature=[redacted]")]
    [InlineData("key AKIAQEXAMPLEALICE001 used", "key [redacted] used")]
    public void MasksOnlyTheSecretAndKeepsTheNameBeforeIt(string text, string expected)
    {
        _logger.Info(text);

        Assert.Equal(expected, SingleLine().GetProperty("message").GetString());
    }

    [Fact]
    public void LogsTheTraceRootWhereverItStandsInTheHeader()
    {
        _logger.StartInvocation("req-1", "Parent=53995c3f42cd8ad8;Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1");

        _logger.Info("classified event");

        Assert.Equal("1-5759e988-bd862e3fe1be46a994272793", SingleLine().GetProperty("xray_trace_id").GetString());
    }

    [Fact]
    public void LogsATraceHeaderWithoutARootAsItIs()
    {
        _logger.StartInvocation("req-1", "Self=1-5759e988-bd862e3fe1be46a994272793");

        _logger.Info("classified event");

        Assert.Equal("Self=1-5759e988-bd862e3fe1be46a994272793", SingleLine().GetProperty("xray_trace_id").GetString());
    }

    [Fact]
    public void HandsEachLineToTheStreamBeforeReturning()
    {
        // Arrange: a writer that buffers until flushed, as Lambda's stdout writer does; a line still in the buffer when
        // the invocation ends may never reach CloudWatch Logs.
        using var stream = new MemoryStream();
        using var writer = new StreamWriter(stream) { AutoFlush = false };
        var logger = new JsonLogger(writer, new FakeTimeProvider(s_now), "org-backup-healer", null);

        // Act
        logger.Info("classified event");

        // Assert
        var written = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal("classified event", JsonDocument.Parse(written).RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public void KeepsApostrophesReadable()
    {
        _logger.Info("You don't have permissions to access this resource.");

        Assert.Contains("don't", _output.ToString(), StringComparison.Ordinal);
    }

    private JsonElement SingleLine() => Assert.Single(Lines());

    private List<JsonElement> Lines() =>
        _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();

    public void Dispose() => _output.Dispose();
}
